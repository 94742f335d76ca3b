package uz.fikr.analytics.contacts;

/**
 * ClickHouse did not take or delete contacts; the batch (or request) is tried again. The message says why in
 * general terms only and the exception carries no cause: a ClickHouse error can quote the rows it refused, and this
 * exception is logged.
 */
public class ContactStoreUnavailableException extends RuntimeException {

    ContactStoreUnavailableException(String what, RuntimeException failure) {
        super(what + " failed (" + ClickHouseFailures.describe(failure) + "); it will be tried again");
    }
}
