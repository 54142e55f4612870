package vn.planflow.notification;

import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Gives every {@link JavaMailSenderImpl} SMTP timeouts of 10 s where {@code spring.mail.properties}
 * sets none: JavaMail's default is to wait forever, and a send that hangs past
 * {@code planflow.notification.stale-after} would be taken for a dead node's and sent again.
 */
@Component
class MailTimeouts implements BeanPostProcessor {

  private static final String MILLIS = "10000";
  private static final String SEND_PARTIAL = "mail.smtp.sendpartial";
  private static final String[] KEYS = {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"};

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof JavaMailSenderImpl sender) {
      Properties properties = sender.getJavaMailProperties();
      for (String key : KEYS) {
        if (properties.getProperty(key) == null) {
          properties.setProperty(key, MILLIS);
        }
      }
      // one address the server refuses must not hold the mail back from the others
      if (properties.getProperty(SEND_PARTIAL) == null) {
        properties.setProperty(SEND_PARTIAL, "true");
      }
    }
    return bean;
  }
}
