package vn.planflow.engine;

import java.util.Set;

/**
 * What the task completion running on this thread carries, for the listeners it calls: the names
 * of the variables sent with it, and whether a person submitted the task's form (Tasklist's
 * {@code submit-form}) rather than a program completing it through the API. Set by {@link
 * CompletionGuardPlugin} around the engine's completion commands.
 */
public final class Completions {

  record Completion(Set<String> variableNames, boolean throughForm) {
  }

  private static final ThreadLocal<Completion> CURRENT = new ThreadLocal<>();

  private Completions() {
  }

  /** Whether the completion under way was sent with variable {@code name}. */
  public static boolean sent(String name) {
    Completion completion = CURRENT.get();
    return completion != null && completion.variableNames().contains(name);
  }

  /** Whether the completion under way is a person submitting the task's form. */
  public static boolean throughForm() {
    Completion completion = CURRENT.get();
    return completion != null && completion.throughForm();
  }

  static Completion enter(Completion completion) {
    Completion outer = CURRENT.get();
    CURRENT.set(completion);
    return outer;
  }

  static void leave(Completion outer) {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }
}
