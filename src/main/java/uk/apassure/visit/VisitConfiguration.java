package uk.apassure.visit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling for the retry of concern alerts that could not be sent ({@link ConcernMailer}). */
@Configuration
@EnableScheduling
class VisitConfiguration {}
