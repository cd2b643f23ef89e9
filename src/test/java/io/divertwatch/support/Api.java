package io.divertwatch.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** REST Assured with the test suite's admin key ({@code %test.divertwatch.auth.admin-key}). */
public final class Api {

    public static final String ADMIN_KEY = "dwk_test-admin-key-for-the-test-suite";

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().header("Authorization", "Bearer " + ADMIN_KEY);
    }

    /** No credentials at all. */
    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }
}
