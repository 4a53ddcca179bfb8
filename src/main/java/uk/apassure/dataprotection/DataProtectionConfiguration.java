package uk.apassure.dataprotection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The retention schedule's settings; the lock is the reminders' ShedLock provider (one table in MariaDB). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionSettings.class)
class DataProtectionConfiguration {}
