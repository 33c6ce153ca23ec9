package dev.instructorgateway.contract;

import dev.instructorgateway.standin.DemoTokens;
import dev.instructorgateway.standin.StandInLms;

/**
 * One stand-in LMS and one signing key for the whole test run, so every test class shares one cached gateway
 * context.
 */
final class SharedStandIn {

    private static final StandInLms LMS = StandInLms.start();
    private static final DemoTokens TOKENS = DemoTokens.generate("test-key");

    private SharedStandIn() {}

    static StandInLms get() {
        return LMS;
    }

    static DemoTokens tokens() {
        return TOKENS;
    }
}
