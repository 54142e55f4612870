package vn.planflow.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Without {@code spring.mail.host}, mail still really goes over SMTP: to a GreenMail server inside
 * the application, on 127.0.0.1:{@code planflow.notification.embedded-smtp-port}, whose messages
 * admins read on {@code /quan-tri/thu}. With {@code spring.mail.host} set none of this exists and
 * Spring Boot's own {@code JavaMailSender} sends to that host.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedSmtp.NoMailHost.class)
class EmbeddedSmtp {

  static final String HOST = "127.0.0.1";

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail embeddedSmtpServer(NotificationProperties properties) {
    ServerSetup setup = new ServerSetup(properties.embeddedSmtpPort(), HOST, ServerSetup.PROTOCOL_SMTP);
    return new GreenMail(properties.embeddedSmtpPort() == 0 ? setup.dynamicPort() : setup)
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }

  @Bean
  JavaMailSenderImpl embeddedMailSender(GreenMail embeddedSmtpServer) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(HOST);
    sender.setPort(embeddedSmtpServer.getSmtp().getPort());
    sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
    return sender;
  }

  @Bean
  EmbeddedMailbox embeddedMailbox(GreenMail embeddedSmtpServer) {
    return new EmbeddedMailbox(embeddedSmtpServer);
  }

  /** True when {@code spring.mail.host} is not set (or blank). */
  static class NoMailHost implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
    }
  }
}
