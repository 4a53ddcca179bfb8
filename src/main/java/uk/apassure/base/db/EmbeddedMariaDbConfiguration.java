package uk.apassure.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
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

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.start(properties);
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
