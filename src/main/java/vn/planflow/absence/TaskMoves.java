package vn.planflow.absence;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.agency.TaskAgencies;
import vn.planflow.engine.EngineClock;
import vn.planflow.engine.EngineIdentity;

/**
 * An administrator's move of every open task assigned to one official to another, in one
 * transaction: all of them or none. The new assignee must belong to each task's agency (one of its
 * candidate groups), or nothing moves and the tasks that block it are named.
 */
@Service
class TaskMoves {

  /** What was moved: the batch shared by the {@code pf_task_move} rows, and the rows. */
  record Moved(String batchId, List<TaskMoveLog.Move> moves) {
  }

  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final Officials officials;
  private final TaskMoveLog log;

  TaskMoves(TaskService taskService, AuthorizationService authorizationService, IdentityService identityService,
      Officials officials, TaskMoveLog log) {
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.officials = officials;
    this.log = log;
  }

  /** @throws AbsenceRefusedException with the reason (and the blocking tasks) in Vietnamese; nothing moves */
  @Transactional
  public Moved moveAll(String fromUser, String toUser, String reason, String movedBy) {
    User from = officials.find(fromUser)
        .orElseThrow(() -> new AbsenceRefusedException(Absences.unknown(fromUser, "cán bộ đang giữ công việc")));
    User to = officials.find(toUser)
        .orElseThrow(() -> new AbsenceRefusedException(Absences.unknown(toUser, "cán bộ nhận công việc")));
    if (from.getId().equals(to.getId())) {
      throw new AbsenceRefusedException("Người nhận phải khác người đang giữ công việc.");
    }
    if (reason == null || reason.isBlank()) {
      throw new AbsenceRefusedException("Hãy ghi lý do chuyển công việc.");
    }
    return EngineIdentity.asChecked(identityService, () -> move(from, to, reason.strip(), movedBy));
  }

  private Moved move(User from, User to, String reason, String movedBy) {
    List<Task> tasks = taskService.createTaskQuery().taskAssignee(from.getId()).orderByTaskCreateTime().asc().list();
    if (tasks.isEmpty()) {
      throw new AbsenceRefusedException(Officials.name(from) + " không có công việc đang mở nào để chuyển.");
    }
    List<String> blocking = new ArrayList<>();
    for (Task task : tasks) {
      List<String> agencies = TaskAgencies.ofLinks(taskService.getIdentityLinksForTask(task.getId()));
      if (!agencies.isEmpty() && agencies.stream().noneMatch(agency -> officials.isMember(to.getId(), agency))) {
        blocking.add("«" + task.getName() + "» (đơn vị: " + String.join(", ",
            agencies.stream().map(officials::agencyName).toList()) + "; mã công việc " + task.getId() + ")");
      }
    }
    if (!blocking.isEmpty()) {
      throw new AbsenceRefusedException("Không chuyển công việc nào: " + Officials.name(to) + " không thuộc đơn vị được"
          + " giao của " + blocking.size() + " trong số " + tasks.size() + " công việc của " + Officials.name(from)
          + ", nên không xử lý được các công việc sau:", blocking);
    }
    String batchId = UUID.randomUUID().toString();
    Instant now = EngineClock.instant();
    List<TaskMoveLog.Move> moves = new ArrayList<>();
    for (Task task : tasks) {
      taskService.setAssignee(task.getId(), to.getId());
      // the engine keeps the former assignee's grant on the task; the task is no longer theirs
      authorizationService.createAuthorizationQuery().userIdIn(from.getId()).resourceType(Resources.TASK)
          .resourceId(task.getId()).authorizationType(AUTH_TYPE_GRANT).list()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
      moves.add(new TaskMoveLog.Move(batchId, task.getId(), task.getName(), task.getProcessInstanceId(), from.getId(),
          to.getId(), reason, movedBy, now));
    }
    log.insert(moves);
    return new Moved(batchId, moves);
  }

  List<TaskMoveLog.Move> latest() {
    return log.latest(200);
  }
}
