package org.strikedesk;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Consumer;

/**
 * Handlers of the signals that ask the bot to stop (SIGTERM from a service manager, SIGINT from Ctrl-C).
 *
 * <p>Java 17 has no public API for this. Shutdown hooks cannot tell a second signal from the first (the JVM makes the
 * second wait for the hooks), so a bot stopping slowly could not be told to stop at once. {@code sun.misc.Signal}
 * can, and is there in every JDK 17 (module jdk.unsupported, exported for exactly this use); it is reached by
 * reflection because javac warns of it in a way no annotation silences, and this build treats warnings as errors.
 */
final class Signals {
    private Signals() {}

    /**
     * Calls {@code handler} with the signal's name (TERM, INT) on a thread of its own each time one arrives, instead
     * of the JVM's own handling. False when this JVM offers no way to, and nothing was changed.
     */
    static boolean trap(List<String> names, Consumer<String> handler) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> signalHandler = Class.forName("sun.misc.SignalHandler");
            Method name = signal.getMethod("getName");
            InvocationHandler calls = (proxy, method, args) -> switch (method.getName()) {
                case "handle" -> {
                    handler.accept((String) name.invoke(args[0]));
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> "signal handler of StrikeDesk";
            };
            Object proxy =
                    Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {signalHandler}, calls);
            Method handle = signal.getMethod("handle", signal, signalHandler);
            for (String each : names) {
                handle.invoke(null, signal.getConstructor(String.class).newInstance(each), proxy);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
