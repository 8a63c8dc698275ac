package nngt.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nngt.dsl.NngtStandaloneSetup;
import nngt.dsl.validation.IssueCodes;

/**
 * A seeded mutation fuzzer of the .nngt parser and validator. Each case damages one model of the corpus
 * (the examples and the test fixtures) one to three times: a token deleted, duplicated or swapped with
 * its neighbour, a number replaced by an extreme one (1e309, NaN, integers beyond int and long), the text
 * truncated, random characters or bytes inserted, a name made very long, or a token repeated thousands of
 * times. It then parses and fully validates the text and records a failure when an exception escapes,
 * log4j logs at ERROR, a check reports an internal error, a diagnostic has no line or column, a message
 * leaks internals ({@code toString}, {@code 'null'}, exception text), or one case takes longer than the
 * time limit.
 * <p>
 * {@link NngtFuzzTest} runs a few thousand cases in the build; {@link #main} runs any number, e.g. the
 * 100,000 cases that docs/robustness.md records.
 */
public final class NngtFuzzer {

    /** Cases between two progress lines. */
    static final int PROGRESS_EVERY = 5000;

    /** Cases over the time limit after which a run stops. */
    static final int MAX_HANGS = 5;

    /** The largest text a case may grow to: the bound within which parsing must stay linear. */
    static final int MAX_CASE_CHARS = 1_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9.eE+-]*|->|.");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.eE+-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String[] EXTREME_NUMBERS = { "1e309", "-1e309", "1e308", "NaN", "99999999999999999999",
        "2147483647", "2147483648", "9223372036854775807", "9223372036854775808", "0", "-1", "1e-320", "0.0",
        "1e12", "4294967296", "1000000000", "1500000000" };
    private static final String[] REPEATED = { "group", "{", ",", "->", "connect", "(", "[", "}", "network", "1",
        "neurons", "g" };
    /* What a message must never contain: an object's toString, a missing name, an exception's text. */
    private static final Pattern LEAK = Pattern.compile(
            "Impl@|'null'|\\bnull\\b|For input string|Exception|java\\.|\\bat [a-z]+\\.[a-z]+\\.|!!!");

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }

    /** A failed case. */
    record Failure(String kind, String origin, int index, String detail, String input) {

        @Override
        public String toString() {
            String excerpt = input.length() > 600 ? input.substring(0, 600) + "... (" + input.length() + " chars)"
                    : input;
            return kind + " in case " + index + " (from " + origin + "): " + abbreviate(detail, 600) + "\n--- input ---\n"
                    + excerpt;
        }
    }

    /**
     * The outcome of a run.
     *
     * @param cases cases run
     * @param failures every failure, in order
     * @param byMutation cases per mutation kind
     * @param slowestMillis the most CPU time one case took
     * @param slowest where the slowest case came from, and its length
     * @param totalMillis wall time of all cases
     */
    record Report(int cases, List<Failure> failures, Map<String, Integer> byMutation, long slowestMillis,
            String slowest, long totalMillis) {

        /** @return failures counted by kind */
        Map<String, Integer> failuresByKind() {
            Map<String, Integer> counts = new TreeMap<>();
            failures.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
            return counts;
        }

        /** @return a summary line and the first failures */
        String summary() {
            StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "%d cases, %d failures %s, slowest case %d ms of CPU time (%s), total %.1f s; mutations %s", cases,
                    failures.size(), failuresByKind(), slowestMillis, slowest, totalMillis / 1000.0, byMutation));
            Map<String, Integer> details = new TreeMap<>();
            // one line per kind of failure: numbers and object addresses folded, long messages cut
            failures.forEach(f -> details.merge(abbreviate(f.kind() + ": "
                    + f.detail().replaceAll("@[0-9a-f]+", "@..").replaceAll("[0-9]+", "N"), 160), 1, Integer::sum));
            details.forEach((detail, count) -> text.append("\n  ").append(count).append(" x ").append(detail));
            failures.stream().limit(5).forEach(f -> text.append("\n").append(f));
            return text.toString();
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long POLL_MILLIS = 200;
    /* How much longer than its CPU-time limit a case may take in wall time, waiting for a core. */
    private static final long WALL_FACTOR = 30;

    private final Injector injector;
    private final IResourceValidator validator;
    private final long timeLimitMillis;
    private volatile Thread workerThread;

    /**
     * @param injector an injector of the .nngt language
     * @param timeLimitMillis the most CPU time one case may take, parsing and validation together
     */
    NngtFuzzer(Injector injector, long timeLimitMillis) {
        this.injector = injector;
        this.validator = injector.getInstance(IResourceValidator.class);
        this.timeLimitMillis = timeLimitMillis;
    }

    /**
     * @return the examples and the valid and invalid fixtures, by name
     */
    static Map<String, String> corpus() {
        Map<String, String> corpus = new LinkedHashMap<>();
        Fixtures.exampleNames().forEach(n -> corpus.put("examples/" + n, Fixtures.example(n)));
        for (String kind : List.of("valid", "invalid")) {
            Fixtures.fixtureNames(kind).forEach(n -> corpus.put(kind + "/" + n, Fixtures.fixture(kind, n)));
        }
        return corpus;
    }

    /**
     * Runs cases until the count is reached or {@link #MAX_HANGS} cases exceeded the time limit (the
     * thread of such a case cannot be stopped: it is abandoned and the next case gets a new one).
     *
     * @param cases the number of cases
     * @param seed the seed of the mutations
     * @param corpus the models to mutate, by name
     * @param progress where a line is printed every {@link #PROGRESS_EVERY} cases, or null
     * @return the report
     */
    Report run(int cases, long seed, Map<String, String> corpus, java.io.PrintStream progress) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>(corpus.keySet());
        List<List<String>> tokens = names.stream().map(n -> tokens(corpus.get(n))).toList();
        List<Failure> failures = new ArrayList<>();
        Map<String, Integer> byMutation = new TreeMap<>();
        ErrorLog log = new ErrorLog();
        Logger.getRootLogger().addAppender(log);
        ExecutorService worker = newWorker();
        int hangs = 0;
        long start = System.nanoTime();
        long slowest = 0;
        String slowestOrigin = "";
        int done = 0;
        try {
            for (; done < cases; done++) {
                if (progress != null && done > 0 && done % PROGRESS_EVERY == 0) {
                    progress.printf(java.util.Locale.ROOT, "%d cases, %d failures, %.0f s%n", done, failures.size(),
                            (System.nanoTime() - start) / 1e9);
                }
                int which = random.nextInt(names.size());
                List<String> mutations = new ArrayList<>();
                String input = mutate(tokens.get(which), random, mutations);
                mutations.forEach(m -> byMutation.merge(m, 1, Integer::sum));
                String origin = names.get(which) + " " + mutations;
                log.events.clear();
                long cpuBefore = THREADS.getThreadCpuTime(workerThread.getId());
                Future<List<Issue>> result = worker.submit(() -> validate(input));
                List<Issue> issues;
                try {
                    issues = await(result, cpuBefore);
                } catch (TimeoutException e) {
                    failures.add(new Failure("hang", origin, done, "more than " + timeLimitMillis + " ms of CPU time",
                            input));
                    worker.shutdownNow();
                    worker = newWorker();
                    if (++hangs == MAX_HANGS) {
                        done++;
                        break;
                    }
                    continue;
                } catch (ExecutionException e) {
                    failures.add(new Failure("exception", origin, done, String.valueOf(e.getCause()), input));
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                long millis = (THREADS.getThreadCpuTime(workerThread.getId()) - cpuBefore) / 1_000_000;
                if (millis > slowest) {
                    slowest = millis;
                    slowestOrigin = origin + ", " + input.length() + " chars";
                }
                check(issues, log, origin, done, input, failures);
            }
        } finally {
            Logger.getRootLogger().removeAppender(log);
            worker.shutdownNow();
        }
        return new Report(done, failures, byMutation, slowest, slowestOrigin, (System.nanoTime() - start) / 1_000_000);
    }

    /* One thread, started at once so that its CPU time can be read before the first case. */
    private ExecutorService newWorker() {
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread thread = new Thread(r, "nngt-fuzz");
                    thread.setDaemon(true);
                    workerThread = thread;
                    return thread;
                });
        worker.prestartCoreThread();
        return worker;
    }

    /*
     * The case's result, or a TimeoutException once its thread has used more than the time limit of CPU
     * time (or {@link #WALL_FACTOR} times the limit of wall time): on a machine shared with other builds, a
     * case that only waits for a core is not a hang.
     */
    private List<Issue> await(Future<List<Issue>> result, long cpuBefore)
            throws InterruptedException, ExecutionException, TimeoutException {
        long wallStart = System.nanoTime();
        while (true) {
            try {
                return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if ((THREADS.getThreadCpuTime(workerThread.getId()) - cpuBefore) / 1_000_000 > timeLimitMillis
                        || (System.nanoTime() - wallStart) / 1_000_000 > WALL_FACTOR * timeLimitMillis) {
                    throw e;
                }
            }
        }
    }

    private List<Issue> validate(String input) throws IOException {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        Resource resource = resourceSet.createResource(URI.createURI("inmemory:/fuzz.nngt"));
        resource.load(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), Map.of());
        return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private static void check(List<Issue> issues, ErrorLog log, String origin, int index, String input,
            List<Failure> failures) {
        if (!log.events.isEmpty()) {
            failures.add(new Failure("error log", origin, index, log.events.get(0), input));
        }
        for (Issue issue : issues) {
            String message = issue.getMessage() == null ? "" : issue.getMessage();
            if (IssueCodes.INTERNAL_ERROR.equals(issue.getCode())) {
                failures.add(new Failure("internal error", origin, index, message, input));
            } else if (issue.getLineNumber() == null || issue.getLineNumber() < 1 || issue.getColumn() == null
                    || issue.getColumn() < 1) {
                failures.add(new Failure("no position", origin, index, message, input));
            } else if (LEAK.matcher(message).find()) {
                failures.add(new Failure("leaking message", origin, index, message, input));
            } else {
                continue;
            }
            return;
        }
    }

    /* Splits a model into tokens (whitespace runs included), so that joining them gives the text back. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /* One to three mutations of a token list; their kinds are added to applied. */
    static String mutate(List<String> original, SplittableRandom random, List<String> applied) {
        List<String> tokens = new ArrayList<>(original);
        int count = 1 + random.nextInt(3);
        String text = null;
        for (int m = 0; m < count && tokens.size() > 2; m++) {
            int at = random.nextInt(tokens.size() - 1);
            switch (random.nextInt(9)) {
                case 0 -> {
                    applied.add("delete");
                    tokens.remove(at);
                }
                case 1 -> {
                    applied.add("duplicate");
                    tokens.add(at, tokens.get(at));
                }
                case 2 -> {
                    applied.add("swap");
                    String token = tokens.get(at);
                    tokens.set(at, tokens.get(at + 1));
                    tokens.set(at + 1, token);
                }
                case 3 -> {
                    applied.add("number");
                    int number = find(tokens, NUMBER, at);
                    tokens.set(number < 0 ? at : number, EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)]);
                }
                case 4 -> {
                    applied.add("truncate");
                    tokens.subList(at, tokens.size()).clear();
                }
                case 5 -> {
                    applied.add("random characters");
                    tokens.add(at, randomCharacters(random));
                }
                case 6 -> {
                    applied.add("long name");
                    int name = find(tokens, NAME, at);
                    tokens.set(name < 0 ? at : name, "n" + "x".repeat(1000 + random.nextInt(20000)));
                }
                case 7 -> {
                    applied.add("repeated token");
                    String token = random.nextBoolean() ? tokens.get(at) : REPEATED[random.nextInt(REPEATED.length)];
                    int times = 100 + random.nextInt(20000);
                    String separator = random.nextBoolean() ? " " : "\n";
                    tokens.add(at, (token + separator).repeat(Math.max(1, Math.min(times, 200_000 / (token.length() + 1)))));
                }
                default -> {
                    applied.add("random bytes");
                    byte[] bytes = new byte[1 + random.nextInt(64)];
                    random.nextBytes(bytes);
                    // decoded as a reader of a non-UTF-8 file would: invalid sequences become U+FFFD
                    tokens.add(at, new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
        text = String.join("", tokens);
        return text.length() > MAX_CASE_CHARS ? text.substring(0, MAX_CASE_CHARS) : text;
    }

    /* The index of the first token from a position on (wrapping around) that matches, or -1. */
    private static int find(List<String> tokens, Pattern pattern, int from) {
        for (int k = 0; k < tokens.size(); k++) {
            int index = (from + k) % tokens.size();
            if (pattern.matcher(tokens.get(index)).matches()) {
                return index;
            }
        }
        return -1;
    }

    private static String randomCharacters(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(32);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            int codePoint = switch (kind) {
                case 0 -> random.nextInt(32); // control characters, NUL included
                case 1 -> 32 + random.nextInt(95);
                case 2 -> 0x80 + random.nextInt(0x800);
                default -> 0x1F300 + random.nextInt(0x300);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** Collects what log4j logs at ERROR or above while it is attached to a logger. */
    static final class ErrorLog extends AppenderSkeleton {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        protected void append(LoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                events.add(event.getLoggerName() + ": " + event.getRenderedMessage());
            }
        }

        @Override
        public void close() {
            // nothing held
        }

        @Override
        public boolean requiresLayout() {
            return false;
        }
    }

    /**
     * Runs the fuzzer outside the build, as the benchmark in docs/robustness.md does.
     *
     * @param args the number of cases (default 100,000), the seed (default 1) and the time limit of one
     *        case in ms (default 10,000); the system properties {@code nngt.examples} and
     *        {@code nngt.fixtures} name the corpus folders
     */
    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long limit = args.length > 2 ? Long.parseLong(args[2]) : 10_000;
        NngtFuzzer fuzzer = new NngtFuzzer(new NngtStandaloneSetup().createInjectorAndDoEMFRegistration(), limit);
        Report report = fuzzer.run(cases, seed, corpus(), System.out);
        System.out.println(report.summary());
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }
}
