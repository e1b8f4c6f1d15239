package fi.vuoro.hardware.escpos;

import static fi.vuoro.hardware.escpos.Bytes.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Pc858TextTest {

    @Test
    void typographicPunctuationIsTransliterated() {
        var encoded = Pc858Text.encode("“Odota” – ‘vuoro’…");
        assertThat(encoded.unprintable()).isEmpty();
        assertThat(new String(encoded.bytes(), Pc858Text.CHARSET)).isEqualTo("\"Odota\" - 'vuoro'...");
    }

    @Test
    void accentedLatinLettersLoseOnlyTheirAccent() {
        var encoded = Pc858Text.encode("ŝ č Łódź ß é ü");
        assertThat(encoded.unprintable()).isEmpty();
        // é, ü, ó and ß are in PC858 and stay; ŝ, č, Ł, ź are not and lose their marks.
        assertThat(new String(encoded.bytes(), Pc858Text.CHARSET)).isEqualTo("s c Lódz ß é ü");
    }

    @Test
    void otherScriptsAreReportedAndPrintedAsQuestionMarks() {
        var encoded = Pc858Text.encode("A 李 Ω");
        assertThat(hex(encoded.bytes())).isEqualTo("41 20 3F 20 3F");
        assertThat(encoded.unprintable())
                .extracting(Unprintable::name)
                .hasSize(2)
                .allMatch(n -> n.startsWith("CJK") || n.startsWith("GREEK"));
    }

    @Test
    void controlCharactersNeverReachThePrinterAsCommands() {
        var encoded = Pc858Text.encode("A\u001B@B\tC");
        assertThat(hex(encoded.bytes())).isEqualTo("41 3F 40 42 20 43");
        assertThat(encoded.unprintable()).extracting(Unprintable::name).containsExactly("ESCAPE");
    }

    @Test
    void emojiOutsideTheBasicPlaneCountsAsOneCharacter() {
        var encoded = Pc858Text.encode("ok 👍");
        assertThat(hex(encoded.bytes())).isEqualTo("6F 6B 20 3F");
        assertThat(encoded.unprintable()).hasSize(1);
    }

    @Test
    void strictEncodingThrowsWithTheReport() {
        assertThatThrownBy(() -> Pc858Text.encodeStrict("Привет"))
                .isInstanceOf(UnprintableTextException.class)
                .hasMessageContaining("CYRILLIC");
        assertThat(Pc858Text.encodeStrict("Åbo")).isEqualTo(hex("8F 62 6F"));
    }
}
