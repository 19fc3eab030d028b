package dev.newsmon.events.net;

/** An outbound URL refused by {@link AddressGuard}; the message names the URL and the reason. */
public class RefusedAddressException extends IllegalArgumentException {

    private final String url;

    public RefusedAddressException(String url, String reason) {
        super("refused " + url + ": " + reason);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
