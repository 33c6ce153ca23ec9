package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when a Netty buffer the gateway allocated during it was collected without being released.
 *
 * <p>Netty notices a leaked buffer only after the garbage collector has found it unreachable, and only when it
 * next tracks a new buffer. So after the class, this collects, gives the reference handler a moment, and
 * allocates a few buffers itself. A leak that surfaces only later is reported by a later class, with the access
 * records that say where the buffer went.
 */
final class NettyLeakCheck implements BeforeAllCallback, AfterAllCallback {

    private static final int ROUNDS = 3;

    @Override
    public void beforeAll(ExtensionContext context) {
        assertThat(RecordingLeakDetector.installed())
                .as("the contract tests run with -Dio.netty.customResourceLeakDetector="
                        + RecordingLeakDetector.class.getName())
                .isTrue();
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        List<String> leaks = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            System.gc();
            Thread.sleep(50);

            ByteBuf probe = PooledByteBufAllocator.DEFAULT.buffer(16);
            probe.release();
            leaks.addAll(RecordingLeakDetector.takeLeaks());
        }

        assertThat(leaks).as("Netty buffers collected without being released").isEmpty();
    }
}
