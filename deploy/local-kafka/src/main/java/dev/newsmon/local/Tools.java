package dev.newsmon.local;

import java.util.Arrays;
import java.util.List;

/**
 * The small command-line tools behind {@code ./newsmon}. Each subcommand is a plain Kafka client or
 * HTTP client, so the CLI needs nothing but a JDK and this module's classpath at run time.
 *
 * <p>Configuration comes from the environment rather than arguments so that the API token never
 * shows up in a process listing: {@code NEWSMON_BOOTSTRAP} (or {@code KAFKA_BOOTSTRAP_SERVERS}),
 * {@code NEWSMON_API_TOKEN}, {@code NEWSMON_INGEST_URL}, {@code NEWSMON_ALERT_URL}.
 *
 * <p>Exit codes: 0 success, 1 failure (with a message on stderr), 2 wrong usage.
 */
public final class Tools {

    static final String USAGE = """
            usage: tools <command> [args]
              create-topics [--partitions N]            create every newsmon topic (compacted ones compacted)
              tail TOPIC                                 print every record value as JSON lines, exit when caught up
              lag GROUP:TOPIC ...                        print each consumer group's lag on its topic
              wait-groups --timeout S GROUP:TOPIC ...    wait until each group has consumed its topic to the end
              replay DIR                                 push the article files of DIR to ingest-service, oldest first
              feeds-add URL [--name N]                   register a feed with ingest-service
              feeds-list                                 list ingest-service's feeds
              subscribe (--webhook URL [--secret S] | --email ADDRESS) [--issues a,b] [--types T,U] [--name N]
              subscriptions                              list alert-service's subscriptions
              alerts [--limit N] [--follow]              print alerts readably (oldest first); --follow streams new ones
              format-alerts                              read Alert JSON lines on stdin, print them readably
              webhook-receiver --port P [--secret S] [--out FILE]  a local Standard Webhooks receiver (for the demo)
            The webhook secret may also come from env NEWSMON_WEBHOOK_SECRET (subscribe, webhook-receiver).
            """;

    private Tools() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            System.out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "create-topics" -> TopicCreator.run(rest);
                case "tail" -> TopicTail.run(rest);
                case "lag" -> ConsumerLag.printLag(rest);
                case "wait-groups" -> ConsumerLag.waitGroups(rest);
                case "replay" -> Replayer.run(rest);
                case "feeds-add" -> ApiCommands.feedsAdd(rest);
                case "feeds-list" -> ApiCommands.feedsList(rest);
                case "subscribe" -> ApiCommands.subscribe(rest);
                case "subscriptions" -> ApiCommands.subscriptions(rest);
                case "alerts" -> ApiCommands.alerts(rest);
                case "format-alerts" -> AlertFormatter.formatStdin();
                case "webhook-receiver" -> WebhookReceiver.run(rest);
                default -> {
                    System.err.println("unknown command: " + args[0]);
                    System.err.print(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (ToolException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Wrong arguments: exit 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** A failure the user can act on: one line on stderr, exit 1. */
    static final class ToolException extends RuntimeException {
        ToolException(String message) {
            super(message);
        }

        ToolException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
