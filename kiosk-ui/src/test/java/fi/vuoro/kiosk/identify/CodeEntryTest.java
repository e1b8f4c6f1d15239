package fi.vuoro.kiosk.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeEntryTest {

    @Test
    void takesDigitsUpToTheLimitAndErases() {
        var entry = new CodeEntry();
        assertThat(entry.press('x')).isFalse();
        for (char c : "1234567890".toCharArray()) entry.press(c);
        assertThat(entry.value()).isEqualTo("12345678");
        entry.erase();
        assertThat(entry.value()).isEqualTo("1234567");
        assertThat(entry.complete()).isTrue();
    }

    @Test
    void isCompleteFromFourDigits() {
        var entry = new CodeEntry();
        entry.press('1');
        entry.press('2');
        entry.press('3');
        assertThat(entry.complete()).isFalse();
        entry.press('4');
        assertThat(entry.complete()).isTrue();
        entry.erase();
        entry.erase();
        entry.erase();
        entry.erase();
        entry.erase();
        assertThat(entry.value()).isEmpty();
    }
}
