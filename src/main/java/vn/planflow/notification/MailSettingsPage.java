package vn.planflow.notification;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.planflow.engine.EngineClock;
import vn.planflow.engine.EngineIdentity;
import vn.planflow.names.ProcessNames;
import vn.planflow.time.DueDates;
import vn.planflow.web.Official;

/**
 * {@code /ca-nhan/thong-bao}: an official chooses a mail per reminder and escalation (the default)
 * or one digest a working day at {@code planflow.notification.digest-at}. Any signed-in user, for
 * themselves only; the form is CSRF-checked (the pages' filter chain). Every deadline mail links here.
 */
@Controller
class MailSettingsPage {

  static final String PATH = ProcessNames.PERSONAL_PATH + "thong-bao";
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  private final MailPreferences preferences;
  private final Digests digests;
  private final IdentityService identityService;
  private final NotificationProperties properties;
  private final DueDates dueDates;

  MailSettingsPage(MailPreferences preferences, Digests digests, IdentityService identityService,
      NotificationProperties properties, DueDates dueDates) {
    this.preferences = preferences;
    this.digests = digests;
    this.identityService = identityService;
    this.properties = properties;
    this.dueDates = dueDates;
  }

  @GetMapping(PATH)
  String page(Official official, Model model) {
    MailPreferences.Mode mode = preferences.mode(official.userId());
    model.addAttribute("official", official);
    model.addAttribute("email", email(official.userId()).orElse(""));
    model.addAttribute("mode", mode.name());
    model.addAttribute("digestAt", HOUR.format(properties.digestAt()));
    model.addAttribute("nextDigest", dueDates.formatMoment(digests.nextAfter(EngineClock.instant())));
    return "personal-notifications";
  }

  @PostMapping(PATH)
  String choose(@RequestParam(required = false) String mode, Official official, RedirectAttributes redirect) {
    MailPreferences.Mode chosen;
    try {
      chosen = MailPreferences.Mode.valueOf(String.valueOf(mode));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", "Hãy chọn một cách nhận thư.");
      return "redirect:" + PATH;
    }
    preferences.choose(official.userId(), chosen);
    redirect.addFlashAttribute("success", chosen == MailPreferences.Mode.DIGEST
        ? "Đã lưu: bạn sẽ nhận một thư tổng hợp mỗi ngày làm việc lúc " + HOUR.format(properties.digestAt())
            + ", không nhận riêng từng thư nhắc hạn, quá hạn."
        : "Đã lưu: bạn sẽ nhận từng thư nhắc hạn, quá hạn ngay khi có.");
    return "redirect:" + PATH;
  }

  private Optional<String> email(String userId) {
    User user = EngineIdentity.withoutAuthorization(() -> identityService.createUserQuery().userId(userId).singleResult());
    return Optional.ofNullable(user).map(User::getEmail).filter(email -> !email.isBlank());
  }
}
