package uk.apassure.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB.
 *
 * @param folder where binaries and data are kept between runs
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param database the schema the application uses
 * @param fresh start from an empty folder (tests)
 */
@ConfigurationProperties("apassure.embedded-db")
public record EmbeddedMariaDbProperties(
        @DefaultValue("data/mariadb") Path folder,
        @DefaultValue("0") int port,
        @DefaultValue("apassure") String database,
        @DefaultValue("false") boolean fresh) {}
