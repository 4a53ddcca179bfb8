package uk.apassure.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and points the data source at it, unless an external MariaDB is
 * configured with {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    /** The server {@link EmbeddedMariaDbEarlyStart} began starting with the application, else one started now. */
    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties,
            ObjectProvider<EmbeddedMariaDbEarlyStart.Starting> early) {
        EmbeddedMariaDbEarlyStart.Starting starting = early.getIfAvailable();
        if (starting == null) {
            return EmbeddedMariaDb.start(properties);
        }
        try {
            return starting.server().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(db.jdbcUrl())
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }
}
