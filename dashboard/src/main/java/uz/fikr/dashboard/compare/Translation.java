package uz.fikr.dashboard.compare;

/** A text from the message bundles in the user's language; a component's {@code getTranslation}. */
@FunctionalInterface
interface Translation {

    String get(String key, Object... arguments);
}
