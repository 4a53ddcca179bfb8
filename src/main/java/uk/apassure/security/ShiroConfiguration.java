package uk.apassure.security;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.AbstractShiroFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Apache Shiro without a starter (none resolves for Spring Boot 4): one realm over the users in
 * MariaDB, Argon2id password hashes, servlet-container sessions, and Shiro's filter ahead of
 * Vaadin for every request so that {@code getUserPrincipal()} and {@code isUserInRole()} answer
 * from the Subject. Route access itself is decided by {@link RouteAccessControl}.
 */
@Configuration(proxyBeanMethods = false)
class ShiroConfiguration {

    /**
     * Argon2id (shiro-hashes-argon2 on the classpath) with Shiro's parameters: m = 64 MiB, t = 1,
     * p = 4, above OWASP's equivalent minimum for one pass (m = 46 MiB, t = 1); each hash keeps its
     * parameters, so raising them later still checks older hashes. At most
     * {@code apassure.sign-in.concurrent-hashes} hashes run at once (0: one fewer than the cores).
     */
    @Bean
    PasswordService passwordService(@Value("${apassure.sign-in.concurrent-hashes:0}") int concurrentHashes,
            @Value("${apassure.sign-in.hash-wait:PT5S}") Duration hashWait) {
        return new HashingLimit(new DefaultPasswordService(),
                concurrentHashes > 0 ? concurrentHashes : HashingLimit.defaultPermits(), hashWait);
    }

    @Bean
    DefaultWebSecurityManager securityManager(AccountLookup accounts, PasswordService passwordService) {
        DefaultWebSecurityManager manager = new DefaultWebSecurityManager(new AccountRealm(accounts, passwordService));
        manager.setRememberMeManager(null);
        DefaultSubjectDAO subjectDao = (DefaultSubjectDAO) manager.getSubjectDAO();
        ((DefaultSessionStorageEvaluator) subjectDao.getSessionStorageEvaluator()).setSessionStorageEnabled(true);
        return manager;
    }

    @Bean
    FilterRegistrationBean<AbstractShiroFilter> shiroFilter(DefaultWebSecurityManager securityManager) {
        AbstractShiroFilter filter = new AbstractShiroFilter() {};
        filter.setSecurityManager(securityManager);
        FilterRegistrationBean<AbstractShiroFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("shiroFilter");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.INCLUDE,
                DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
