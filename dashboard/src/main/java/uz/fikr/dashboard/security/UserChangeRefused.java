package uz.fikr.dashboard.security;

/**
 * {@link DashboardUsers} refused a change. It names the field at fault and the translation key of the reason, so
 * the Users page can say it next to that field in the user's language; the exception's own message is for logs.
 */
public final class UserChangeRefused extends IllegalArgumentException {

    /** The part of a change that was refused. */
    public enum Field {
        NAME, ROLE, PASSWORD, USER
    }

    private final Field field;
    private final String messageKey;
    private final transient Object[] arguments;

    UserChangeRefused(Field field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Field field() {
        return field;
    }

    /** The key of the reason in the {@code users} bundle, e.g. {@code users.error.passwordShort}. */
    public String messageKey() {
        return messageKey;
    }

    /** The reason's arguments, such as the minimum password length. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
