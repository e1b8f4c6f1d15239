package fi.vuoro.hardware.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CardNumberHasherTest {

    @Test
    void isHmacSha256AsInRfc4231TestCase1() {
        var key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);

        assertThat(new CardNumberHasher(key).hash("Hi There"))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void differentKeysGiveDifferentHashesForTheSameCard() {
        var a = new CardNumberHasher(key(1));
        var b = new CardNumberHasher(key(2));

        assertThat(a.hash("0008844356")).isEqualTo(a.hash("0008844356")).isNotEqualTo(b.hash("0008844356"));
        assertThat(a.hash("0008844356")).hasSize(64).doesNotContain("8844356");
    }

    @Test
    void acceptsBase64AndBase64UrlKeys() {
        var raw = new byte[32];
        for (int i = 0; i < raw.length; i++) raw[i] = (byte) (0xF0 + i); // yields '+' '/' vs '-' '_' in encodings
        var expected = new CardNumberHasher(raw).hash("42");

        assertThat(CardNumberHasher.fromBase64(Base64.getEncoder().encodeToString(raw))
                        .hash("42"))
                .isEqualTo(expected);
        assertThat(CardNumberHasher.fromBase64(
                                Base64.getUrlEncoder().withoutPadding().encodeToString(raw))
                        .hash("42"))
                .isEqualTo(expected);
    }

    @Test
    void rejectsShortOrMalformedKeysWithoutEchoingThem() {
        assertThatThrownBy(() -> new CardNumberHasher(new byte[8])).hasMessageContaining("at least 16 bytes");
        assertThatThrownBy(() -> CardNumberHasher.fromBase64("not base64 !!"))
                .hasMessage("card hash key is not valid base64");
        assertThat(new CardNumberHasher(key(3)).toString()).contains("key hidden");
    }

    private static byte[] key(int seed) {
        var key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
