package dev.instructorgateway.contract;

import dev.instructorgateway.standin.StandInLms;

/** One stand-in LMS for the whole test run, so every test class shares one cached gateway context. */
final class SharedStandIn {

    private static final StandInLms LMS = StandInLms.start();

    private SharedStandIn() {}

    static StandInLms get() {
        return LMS;
    }
}
