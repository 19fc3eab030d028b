package dev.newsmon.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    private static final byte[] BODY = "{\"alertId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsStandardWebhooksSignaturesWithWhsecOrPlainSecrets() throws Exception {
        byte[] raw = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        String whsec = "whsec_" + Base64.getEncoder().encodeToString(raw);
        String signature = "v1," + sign(raw, "msg_1", "1700000000", BODY);

        assertThat(WebhookReceiver.verify(WebhookReceiver.signingKey(whsec), "msg_1", "1700000000", BODY, signature)).isTrue();
        assertThat(WebhookReceiver.verify(WebhookReceiver.signingKey("0123456789abcdef0123456789abcdef"), "msg_1",
                "1700000000", BODY, "v1,bm9wZQ== " + signature)).isTrue();
    }

    @Test
    void refusesTamperedBodiesOtherIdsAndMalformedHeaders() throws Exception {
        byte[] key = "secret".getBytes(StandardCharsets.UTF_8);
        String signature = "v1," + sign(key, "msg_1", "1700000000", BODY);

        assertThat(WebhookReceiver.verify(key, "msg_1", "1700000000", "{}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(WebhookReceiver.verify(key, "msg_2", "1700000000", BODY, signature)).isFalse();
        assertThat(WebhookReceiver.verify(key, "msg_1", "1700000001", BODY, signature)).isFalse();
        assertThat(WebhookReceiver.verify(key, "msg_1", "1700000000", BODY, "v1,%%%")).isFalse();
        assertThat(WebhookReceiver.verify(key, "msg_1", "1700000000", BODY, signature.substring(3))).isFalse();
    }

    private static String sign(byte[] key, String id, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
