package fi.vuoro.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.kiosk.server.QueueGateway;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The decorator must pass every gateway feature on: a default method it does not override answers "not supported"
 * (as card and QR appointment look-ups once did behind it, so no visitor was ever welcomed by name).
 */
class OfflineQueueGatewayDelegationTest {

    @Test
    void everyDefaultMethodOfTheGatewayIsOverridden() throws Exception {
        var missing = Arrays.stream(QueueGateway.class.getMethods())
                .filter(m -> m.isDefault())
                .filter(m -> {
                    try {
                        OfflineQueueGateway.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
                        return false;
                    } catch (NoSuchMethodException e) {
                        return true;
                    }
                })
                .map(m -> m.getName())
                .toList();
        assertThat(missing)
                .as("QueueGateway defaults that OfflineQueueGateway hides")
                .isEmpty();
    }
}
