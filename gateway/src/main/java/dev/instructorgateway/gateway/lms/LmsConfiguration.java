package dev.instructorgateway.gateway.lms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/** Reports, once at start-up, which LMS and Studio the gateway talks to and which setting chose them. */
@Configuration(proxyBeanMethods = false)
class LmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LmsConfiguration.class);

    @Bean
    ApplicationListener<ApplicationStartedEvent> lmsOriginReport(LmsProperties lms, ConfigurableEnvironment env) {
        return event -> {
            log.info(
                    "LMS at {} (from {})",
                    lms.baseUrl(),
                    SettingOrigin.describe(env, "LMS_BASE_URL", "gateway.lms.base-url"));
            log.info(
                    "Studio at {} (from {})",
                    lms.studioBaseUrl(),
                    SettingOrigin.describe(env, "STUDIO_BASE_URL", "gateway.lms.studio-base-url"));
        };
    }
}
