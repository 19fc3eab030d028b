package dev.newsmon.alert.delivery;

/**
 * What one attempt came to.
 *
 * @param permanent true when retrying cannot help (the target is refused by the address guard)
 */
public record SendResult(boolean delivered, Integer status, String error, boolean permanent) {

    public static SendResult ok(Integer status) {
        return new SendResult(true, status, null, false);
    }

    public static SendResult failed(Integer status, String error) {
        return new SendResult(false, status, error, false);
    }

    public static SendResult refused(String error) {
        return new SendResult(false, null, error, true);
    }
}
