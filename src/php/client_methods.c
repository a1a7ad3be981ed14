/* Calbook\Client: one thin method per endpoint. Each checks its arguments (validate.c), fills
 * a cb_req from the endpoint table (core/cb_endpoint.c) and runs it (transport.c). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "core/cb_url.h"
#include "core/cb_validate.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/response.h"
#include "php/client.h"
#include "php/ratelimiter.h"

#define CLIENT_READY(c) do { \
	if (!(c)->ready) { \
		zend_throw_error(NULL, "Calbook\\Client was not constructed"); \
		RETURN_THROWS(); \
	} \
} while (0)

/* Runs `r` and frees it; the Response goes to return_value. */
#define EXECUTE(c, r) do { \
	zend_result _rc = calbook_execute((c), (r), return_value); \
	calbook_req_free(r); \
	if (_rc != SUCCESS) { \
		RETURN_THROWS(); \
	} \
	return; \
} while (0)

#define FN(m) "Calbook\\Client::" m "()"

/* Sets the JSON body from `body` (released), then runs `r`. */
#define EXECUTE_JSON(c, r, body) do { \
	if (req_json_take((r), (body)) != SUCCESS) { \
		calbook_req_free(r); \
		RETURN_THROWS(); \
	} \
	EXECUTE(c, r); \
} while (0)

/* {{{ createBooking */
#define FN_CREATE FN("createBooking")

static bool create_lacks_host(zval *data, zend_string **uid)
{
	zval *b = data, *hosts, *u;
	*uid = NULL;
	if (!data || Z_TYPE_P(data) != IS_ARRAY) {
		return true;
	}
	if (zend_array_is_list(Z_ARRVAL_P(data))) {
		b = zend_hash_index_find(Z_ARRVAL_P(data), 0);
		if (!b || Z_TYPE_P(b) != IS_ARRAY) {
			return true;
		}
	}
	hosts = zend_hash_str_find(Z_ARRVAL_P(b), ZEND_STRL("hosts"));
	if (hosts && Z_TYPE_P(hosts) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(hosts)) > 0) {
		return false;
	}
	u = b != data ? zend_hash_str_find(Z_ARRVAL_P(b), ZEND_STRL("recurringBookingUid")) : NULL;
	if (!u || Z_TYPE_P(u) != IS_STRING) {
		u = zend_hash_str_find(Z_ARRVAL_P(b), ZEND_STRL("uid"));
	}
	if (u && Z_TYPE_P(u) == IS_STRING) {
		*uid = Z_STR_P(u);
	}
	return true;
}

ZEND_METHOD(Calbook_Client, createBooking)
{
	HashTable *in;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	zval body, created, *data, fetched;
	cb_req r;
	zend_string *uid = NULL;
	zend_result rc;
	zend_long deadline;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(in)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);

	if (calbook_create_body(in, &body) != SUCCESS) {
		zval_ptr_dtor(&body);
		RETURN_THROWS();
	}
	calbook_req_init(&r, CB_EP_CREATE_BOOKING, FN_CREATE);
	r.body = calbook_json_body(&body, FN_CREATE);
	zval_ptr_dtor(&body);
	if (!r.body) {
		RETURN_THROWS();
	}
	rc = calbook_execute(c, &r, &created);
	deadline = r.deadline_ms;
	calbook_req_free(&r);
	if (rc != SUCCESS) {
		RETURN_THROWS();
	}
	if (Z_TYPE(created) != IS_OBJECT) {
		RETURN_THROWS();
	}

	/* Host guaranteed: look at the created booking. */
	if (calbook_response_status(Z_OBJ(created)) < 200 || calbook_response_status(Z_OBJ(created)) >= 300) {
		RETURN_COPY_VALUE(&created);
	}
	data = calbook_response_data(Z_OBJ(created));
	if (!create_lacks_host(data, &uid)) {
		rc = calbook_client_log_simple(c, "info", NULL, "calbook: create response has hosts");
	} else if (!uid || !cb_uid_valid(ZSTR_VAL(uid), ZSTR_LEN(uid))) {
		rc = calbook_client_log_simple(c, "warning", NULL, "calbook: create response without hosts and without a usable uid; returning the create response");
	} else if (calbook_mono_ms() >= deadline) {
		rc = calbook_client_log_simple(c, "warning", NULL, "calbook: create response without hosts; timeout_ms left no time to fetch the booking; returning the create response");
	} else {
		/* Fetch the booking once, on the same connection, within the call's deadline. Its answer replaces the 201 only
		 * when it is a booking with hosts: anything else (an error, HTML, an empty or truncated
		 * body, a booking still without hosts) leaves the good 201 in place. */
		calbook_req_init(&r, CB_EP_GET_BOOKING, FN_CREATE);
		calbook_req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
		r.deadline_ms = deadline;
		rc = calbook_execute(c, &r, &fetched);
		calbook_req_free(&r);
		if (rc == SUCCESS) {
			zend_long st = calbook_response_status(Z_OBJ(fetched));
			zend_string *ignored;
			if (st >= 200 && st < 300 && !create_lacks_host(calbook_response_data(Z_OBJ(fetched)), &ignored)) {
				rc = calbook_client_log_simple(c, "info", NULL, "calbook: create response without hosts; fetched the booking");
				zval_ptr_dtor(&created);
				ZVAL_COPY_VALUE(&created, &fetched);
			} else {
				zval_ptr_dtor(&fetched);
				rc = calbook_client_log_simple(c, "warning", NULL, st >= 200 && st < 300
					? "calbook: create response without hosts; fetching the booking gave no booking with hosts (HTTP " ZEND_LONG_FMT "); returning the create response"
					: "calbook: create response without hosts; fetching the booking failed with HTTP " ZEND_LONG_FMT "; returning the create response",
					st);
			}
		} else if (EG(exception) && !zend_is_unwind_exit(EG(exception)) && !zend_is_graceful_exit(EG(exception))) {
			/* The booking exists: never hide it behind a failed fetch (a transport or API
			 * failure, no shared budget before the deadline, or the rate limiter's own
			 * exception). */
			zend_clear_exception();
			rc = calbook_client_log_simple(c, "warning", NULL, "calbook: create response without hosts; fetching the booking failed; returning the create response");
		}
		/* else the logger ended the script during the fetch: rc stays FAILURE */
	}
	if (rc != SUCCESS) {
		zval_ptr_dtor(&created);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&created);
}
/* }}} */

/* {{{ bookings */
/* A method whose argument is an int id or a string uid (getBooking, deleteWebhook). */
static void id_or_uid_call(INTERNAL_FUNCTION_PARAMETERS, cb_endpoint_id ep, const char *fn, const char *uid_field,
	const char *id_field)
{
	zend_string *s_id = NULL;
	zend_long l_id = 0;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char buf[32];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR_OR_LONG(s_id, l_id)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (!s_id && calbook_check_id(l_id, fn, id_field) != SUCCESS) {
		RETURN_THROWS();
	}
	calbook_req_init(&r, ep, fn);
	r.seg_field = uid_field; /* the URL build checks the uid (once) */
	if (s_id) {
		calbook_req_seg(&r, ZSTR_VAL(s_id), ZSTR_LEN(s_id));
	} else {
		calbook_req_seg(&r, buf, (size_t) snprintf(buf, sizeof(buf), ZEND_LONG_FMT, l_id));
	}
	EXECUTE(c, &r);
}

/* A method whose only argument is a uid (confirmBooking, releaseSlot). */
static void uid_call(INTERNAL_FUNCTION_PARAMETERS, cb_endpoint_id ep, const char *fn, const char *field)
{
	zend_string *uid;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(uid)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	calbook_req_init(&r, ep, fn);
	r.seg_field = field; /* the URL build checks the uid (once) */
	calbook_req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	EXECUTE(c, &r);
}

ZEND_METHOD(Calbook_Client, getBooking)
{
	id_or_uid_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_GET_BOOKING, FN("getBooking"), "the booking uid", "the booking id");
}

/* Sets r->query from a PHP array. */
static zend_result req_query(cb_req *r, HashTable *q, const char *fn, const char *what)
{
	if (!q || zend_hash_num_elements(q) == 0) {
		return SUCCESS;
	}
	return calbook_query_build(q, &r->query, fn, what);
}

/* Sets r->body to the JSON of `v` and releases `v`. */
static zend_result req_json_take(cb_req *r, zval *v)
{
	r->body = calbook_json_body(v, r->fn);
	zval_ptr_dtor(v);
	return r->body ? SUCCESS : FAILURE;
}

/* Runs `ep` for `uid` with the caller's array as the JSON body (rescheduleBooking, markAbsent). */
static void uid_json_call(calbook_client *c, cb_endpoint_id ep, const char *fn, zend_string *uid, HashTable *data,
	zval *return_value)
{
	cb_req r;
	zval body;

	calbook_req_init(&r, ep, fn);
	calbook_req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	ZVAL_ARR(&body, data);
	GC_TRY_ADDREF(data);
	EXECUTE_JSON(c, &r, &body);
}

ZEND_METHOD(Calbook_Client, getBookings)
{
	HashTable *filters = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(filters)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);

	calbook_req_init(&r, CB_EP_GET_BOOKINGS, FN("getBookings"));
	r.batch = true; /* a list is background work (backfill, sync) */
	if (req_query(&r, filters, FN("getBookings"), "filter") != SUCCESS) {
		calbook_req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r);
}

/* cancelBooking() and declineBooking(): a uid and an optional reason sent as `reason_key`. */
static void uid_reason_call(INTERNAL_FUNCTION_PARAMETERS, const char *fn, cb_endpoint_id ep, const char *reason_key)
{
	zend_string *uid, *reason = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval body;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(uid)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(reason)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (calbook_check_uid(uid, fn, "the booking uid") != SUCCESS) {
		RETURN_THROWS();
	}
	calbook_req_init(&r, ep, fn);
	calbook_req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	array_init(&body);
	if (reason) {
		add_assoc_str(&body, reason_key, zend_string_copy(reason));
	}
	EXECUTE_JSON(c, &r, &body);
}

ZEND_METHOD(Calbook_Client, cancelBooking)
{
	uid_reason_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, FN("cancelBooking"), CB_EP_CANCEL_BOOKING, "cancellationReason");
}

ZEND_METHOD(Calbook_Client, rescheduleBooking)
{
	static const char *const keys[] = {"start", "rescheduledBy", "reschedulingReason", "emailVerificationCode", "seatUid", NULL};
	zend_string *uid;
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	zval *v;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(uid)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (calbook_check_uid(uid, FN("rescheduleBooking"), "the booking uid") != SUCCESS
		|| calbook_check_known_keys(data, keys, FN("rescheduleBooking"), "the reschedule data") != SUCCESS
		|| calbook_require_utc(data, "start", FN("rescheduleBooking"), "start", true) != SUCCESS) {
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("rescheduledBy"));
	if (v && (Z_TYPE_P(v) != IS_STRING || !cb_email_valid(Z_STRVAL_P(v), Z_STRLEN_P(v)))) {
		calbook_throw(calbook_ce_invalid_argument, FN("rescheduleBooking") ": rescheduledBy must be an e-mail address");
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("reschedulingReason"));
	if (v && Z_TYPE_P(v) != IS_STRING) {
		calbook_throw(calbook_ce_invalid_argument, FN("rescheduleBooking") ": reschedulingReason must be a string");
		RETURN_THROWS();
	}
	uid_json_call(c, CB_EP_RESCHEDULE_BOOKING, FN("rescheduleBooking"), uid, data, return_value);
}

ZEND_METHOD(Calbook_Client, reassignBooking)
{
	zend_string *uid, *reason = NULL;
	zend_long user_id = 0;
	bool user_null = true;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char buf[32];
	zval body;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(uid)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(user_id, user_null)
		Z_PARAM_STR_OR_NULL(reason)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (calbook_check_uid(uid, FN("reassignBooking"), "the booking uid") != SUCCESS) {
		RETURN_THROWS();
	}
	if (user_null) {
		if (reason) {
			calbook_throw(calbook_ce_invalid_argument, FN("reassignBooking") ": a reason needs a userId (Cal.com takes a reason only when reassigning to a given user)");
			RETURN_THROWS();
		}
		calbook_req_init(&r, CB_EP_REASSIGN_BOOKING, FN("reassignBooking"));
		calbook_req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	} else {
		int n;
		if (calbook_check_id(user_id, FN("reassignBooking"), "userId") != SUCCESS) {
			RETURN_THROWS();
		}
		n = snprintf(buf, sizeof(buf), ZEND_LONG_FMT, user_id);
		calbook_req_init(&r, CB_EP_REASSIGN_BOOKING_TO, FN("reassignBooking"));
		calbook_req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
		calbook_req_seg(&r, buf, (size_t) n);
	}
	if (user_null) {
		/* POST /reassign takes no body. */
		EXECUTE(c, &r);
	}
	array_init(&body);
	if (reason) {
		add_assoc_str(&body, "reason", zend_string_copy(reason));
	}
	EXECUTE_JSON(c, &r, &body);
}

ZEND_METHOD(Calbook_Client, confirmBooking)
{
	uid_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_CONFIRM_BOOKING, FN("confirmBooking"), "the booking uid");
}

ZEND_METHOD(Calbook_Client, declineBooking)
{
	uid_reason_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, FN("declineBooking"), CB_EP_DECLINE_BOOKING, "reason");
}

ZEND_METHOD(Calbook_Client, markAbsent)
{
	static const char *const keys[] = {"host", "attendees", NULL};
	zend_string *uid;
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	zval *v, *a;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(uid)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (calbook_check_uid(uid, FN("markAbsent"), "the booking uid") != SUCCESS
		|| calbook_check_known_keys(data, keys, FN("markAbsent"), "the absence data") != SUCCESS) {
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("host"));
	if (v && Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		calbook_throw(calbook_ce_invalid_argument, FN("markAbsent") ": host must be a bool");
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("attendees"));
	if (v) {
		if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v))) {
			calbook_throw(calbook_ce_invalid_argument, FN("markAbsent") ": attendees must be a list of ['email' => ..., 'absent' => bool]");
			RETURN_THROWS();
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), a) {
			zval *e, *ab;
			ZVAL_DEREF(a);
			if (Z_TYPE_P(a) != IS_ARRAY
				|| !(e = zend_hash_str_find_deref(Z_ARRVAL_P(a), ZEND_STRL("email"))) || Z_TYPE_P(e) != IS_STRING
				|| !cb_email_valid(Z_STRVAL_P(e), Z_STRLEN_P(e))
				|| !(ab = zend_hash_str_find_deref(Z_ARRVAL_P(a), ZEND_STRL("absent")))
				|| (Z_TYPE_P(ab) != IS_TRUE && Z_TYPE_P(ab) != IS_FALSE)) {
				calbook_throw(calbook_ce_invalid_argument, FN("markAbsent") ": attendees must be a list of ['email' => ..., 'absent' => bool]");
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (zend_hash_num_elements(data) == 0) {
		calbook_throw(calbook_ce_invalid_argument, FN("markAbsent") ": give host and/or attendees");
		RETURN_THROWS();
	}
	uid_json_call(c, CB_EP_MARK_ABSENT, FN("markAbsent"), uid, data, return_value);
}
/* }}} */

/* {{{ slots */
ZEND_METHOD(Calbook_Client, getAvailableSlots)
{
	HashTable *query;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v;
	zend_long id;
	const char *k[] = {"start", "end"};
	int i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(query)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	for (i = 0; i < 2; i++) {
		v = zend_hash_str_find_deref(query, k[i], strlen(k[i]));
		if (!v || !calbook_iso_date_or_time(v)) {
			calbook_throw(calbook_ce_invalid_argument, FN("getAvailableSlots") ": %s is required (an ISO 8601 date or UTC time such as 2030-01-08)", k[i]);
			RETURN_THROWS();
		}
	}
	v = zend_hash_str_find_deref(query, ZEND_STRL("eventTypeId"));
	if (v && !calbook_positive_int(v, &id)) {
		calbook_throw(calbook_ce_invalid_argument, FN("getAvailableSlots") ": eventTypeId must be a positive integer");
		RETURN_THROWS();
	}
	if (!v && !zend_hash_str_exists(query, ZEND_STRL("eventTypeSlug")) && !zend_hash_str_exists(query, ZEND_STRL("usernames"))) {
		calbook_throw(calbook_ce_invalid_argument, FN("getAvailableSlots") ": eventTypeId is required (or eventTypeSlug with username or teamSlug, or usernames)");
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(query, ZEND_STRL("timeZone"));
	if (v && (Z_TYPE_P(v) != IS_STRING || !calbook_timezone_valid(Z_STR_P(v)))) {
		calbook_throw(calbook_ce_invalid_argument, FN("getAvailableSlots") ": timeZone must be an IANA time zone name such as Europe/Berlin");
		RETURN_THROWS();
	}
	calbook_req_init(&r, CB_EP_GET_SLOTS, FN("getAvailableSlots"));
	if (req_query(&r, query, FN("getAvailableSlots"), "query parameter") != SUCCESS) {
		calbook_req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r);
}

ZEND_METHOD(Calbook_Client, reserveSlot)
{
	static const char *const keys[] = {"eventTypeId", "slotStart", "slotDuration", "reservationDuration", NULL};
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v, body;
	zend_long id;
	int i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (calbook_check_known_keys(data, keys, FN("reserveSlot"), "the reservation") != SUCCESS
		|| calbook_require_utc(data, "slotStart", FN("reserveSlot"), "slotStart", true) != SUCCESS) {
		RETURN_THROWS();
	}
	array_init(&body);
	for (i = 0; i < 4; i++) {
		v = zend_hash_str_find_deref(data, keys[i], strlen(keys[i]));
		if (i == 1) {
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(&body, keys[i], v);
			continue;
		}
		if (!v && i == 0) {
			zval_ptr_dtor(&body);
			calbook_throw(calbook_ce_invalid_argument, FN("reserveSlot") ": eventTypeId is required (a positive integer)");
			RETURN_THROWS();
		}
		if (!v) continue;
		if (!calbook_positive_int(v, &id)) {
			zval_ptr_dtor(&body);
			calbook_throw(calbook_ce_invalid_argument, FN("reserveSlot") ": %s must be a positive integer", keys[i]);
			RETURN_THROWS();
		}
		add_assoc_long(&body, keys[i], id);
	}
	calbook_req_init(&r, CB_EP_RESERVE_SLOT, FN("reserveSlot"));
	EXECUTE_JSON(c, &r, &body);
}

ZEND_METHOD(Calbook_Client, releaseSlot)
{
	uid_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_RELEASE_SLOT, FN("releaseSlot"), "the reservation uid");
}
/* }}} */

/* {{{ event types: team-scoped with team_id, else global (2024-06-14) */
static void event_type_req(calbook_client *c, cb_req *r, cb_endpoint_id ep, const char *fn, char *team_buf, char *id_buf, zend_long id)
{
	if (c->team_id) {
		int n = snprintf(team_buf, 32, ZEND_LONG_FMT, c->team_id);
		calbook_req_init(r, (cb_endpoint_id) (ep + CB_EP_TEAM_OFFSET), fn);
		calbook_req_seg(r, team_buf, (size_t) n);
	} else {
		calbook_req_init(r, ep, fn);
	}
	if (id) {
		int n = snprintf(id_buf, 32, ZEND_LONG_FMT, id);
		calbook_req_seg(r, id_buf, (size_t) n);
	}
}

/* The five event type methods: [int $id] [array $data | array $query], by the endpoint. */
static void event_type_call(INTERNAL_FUNCTION_PARAMETERS, cb_endpoint_id ep, const char *fn)
{
	bool with_id = ep == CB_EP_GET_EVENT_TYPE || ep == CB_EP_UPDATE_EVENT_TYPE || ep == CB_EP_DELETE_EVENT_TYPE;
	bool with_data = ep == CB_EP_CREATE_EVENT_TYPE || ep == CB_EP_UPDATE_EVENT_TYPE;
	zend_long id = 0;
	HashTable *arr = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval body;
	char tb[32], ib[32];
	zend_result rc;

	if (with_id && with_data) {
		rc = zend_parse_parameters(ZEND_NUM_ARGS(), "lh", &id, &arr);
	} else if (with_id) {
		rc = zend_parse_parameters(ZEND_NUM_ARGS(), "l", &id);
	} else if (with_data) {
		rc = zend_parse_parameters(ZEND_NUM_ARGS(), "h", &arr);
	} else {
		rc = zend_parse_parameters(ZEND_NUM_ARGS(), "|h", &arr);
	}
	if (rc != SUCCESS) {
		RETURN_THROWS();
	}
	CLIENT_READY(c);
	if ((with_id && calbook_check_id(id, fn, "the event type id") != SUCCESS)
		|| (with_data && calbook_event_type_check(arr, !with_id, fn) != SUCCESS)) {
		RETURN_THROWS();
	}
	event_type_req(c, &r, ep, fn, tb, ib, id);
	if (with_data) {
		ZVAL_ARR(&body, arr);
		GC_TRY_ADDREF(arr);
		EXECUTE_JSON(c, &r, &body);
	}
	if (req_query(&r, arr, fn, "query parameter") != SUCCESS) {
		calbook_req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r);
}

ZEND_METHOD(Calbook_Client, getEventTypes)
{
	event_type_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_GET_EVENT_TYPES, FN("getEventTypes"));
}

ZEND_METHOD(Calbook_Client, getEventType)
{
	event_type_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_GET_EVENT_TYPE, FN("getEventType"));
}

ZEND_METHOD(Calbook_Client, createEventType)
{
	event_type_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_CREATE_EVENT_TYPE, FN("createEventType"));
}

ZEND_METHOD(Calbook_Client, updateEventType)
{
	event_type_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_UPDATE_EVENT_TYPE, FN("updateEventType"));
}

ZEND_METHOD(Calbook_Client, deleteEventType)
{
	event_type_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_DELETE_EVENT_TYPE, FN("deleteEventType"));
}
/* }}} */

/* {{{ webhooks, team members */
ZEND_METHOD(Calbook_Client, getWebhooks)
{
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;

	ZEND_PARSE_PARAMETERS_NONE();
	CLIENT_READY(c);
	calbook_req_init(&r, CB_EP_GET_WEBHOOKS, FN("getWebhooks"));
	EXECUTE(c, &r);
}

ZEND_METHOD(Calbook_Client, createWebhook)
{
	static const char *const keys[] = {"subscriberUrl", "triggers", "active", "payloadTemplate", "secret", "version", NULL};
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v, *t, body;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (calbook_check_known_keys(data, keys, FN("createWebhook"), "the webhook") != SUCCESS) {
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("subscriberUrl"));
	if (!v || Z_TYPE_P(v) != IS_STRING || !(strncasecmp(Z_STRVAL_P(v), "https://", 8) == 0 || strncasecmp(Z_STRVAL_P(v), "http://", 7) == 0)
		|| strlen(Z_STRVAL_P(v)) != Z_STRLEN_P(v)) {
		calbook_throw(calbook_ce_invalid_argument, FN("createWebhook") ": subscriberUrl is required (an http(s) URL)");
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("triggers"));
	if (!v || Z_TYPE_P(v) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(v)) == 0 || !zend_array_is_list(Z_ARRVAL_P(v))) {
		calbook_throw(calbook_ce_invalid_argument, FN("createWebhook") ": triggers is required (a non-empty list of trigger names such as BOOKING_CREATED)");
		RETURN_THROWS();
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), t) {
		ZVAL_DEREF(t);
		if (Z_TYPE_P(t) != IS_STRING || Z_STRLEN_P(t) == 0) {
			calbook_throw(calbook_ce_invalid_argument, FN("createWebhook") ": triggers must be a list of trigger names such as BOOKING_CREATED");
			RETURN_THROWS();
		}
	} ZEND_HASH_FOREACH_END();
	v = zend_hash_str_find_deref(data, ZEND_STRL("active"));
	if (v && Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		calbook_throw(calbook_ce_invalid_argument, FN("createWebhook") ": active must be a bool");
		RETURN_THROWS();
	}
	/* Cal.com requires `active`; it defaults to true here. */
	ZVAL_ARR(&body, zend_array_dup(data));
	if (!v) {
		add_assoc_bool(&body, "active", 1);
	}
	calbook_req_init(&r, CB_EP_CREATE_WEBHOOK, FN("createWebhook"));
	EXECUTE_JSON(c, &r, &body);
}

ZEND_METHOD(Calbook_Client, deleteWebhook)
{
	id_or_uid_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CB_EP_DELETE_WEBHOOK, FN("deleteWebhook"), "the webhook id", "the webhook id");
}

ZEND_METHOD(Calbook_Client, getTeamMembers)
{
	zend_long team = 0;
	bool team_null = true;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char buf[32];
	int n;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(team, team_null)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (team_null) {
		team = c->team_id;
		if (!team) {
			calbook_throw(calbook_ce_invalid_argument, FN("getTeamMembers") ": no team: pass a teamId or set the team_id option");
			RETURN_THROWS();
		}
	} else if (calbook_check_id(team, FN("getTeamMembers"), "teamId") != SUCCESS) {
		RETURN_THROWS();
	}
	n = snprintf(buf, sizeof(buf), ZEND_LONG_FMT, team);
	calbook_req_init(&r, CB_EP_GET_TEAM_MEMBERS, FN("getTeamMembers"));
	calbook_req_seg(&r, buf, (size_t) n);
	EXECUTE(c, &r);
}
/* }}} */

/* {{{ request(): anything else */
ZEND_METHOD(Calbook_Client, request)
{
	static const char *const keys[] = {"query", "json", "api_version", "idempotent", "priority", NULL};
	zend_string *method, *path;
	HashTable *opts = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v;
	const char *m;
	bool idempotent;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(method)
		Z_PARAM_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(opts)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);

	if (zend_string_equals_literal_ci(method, "GET")) m = "GET";
	else if (zend_string_equals_literal_ci(method, "POST")) m = "POST";
	else if (zend_string_equals_literal_ci(method, "PATCH")) m = "PATCH";
	else if (zend_string_equals_literal_ci(method, "PUT")) m = "PUT";
	else if (zend_string_equals_literal_ci(method, "DELETE")) m = "DELETE";
	else {
		calbook_throw(calbook_ce_invalid_argument, FN("request") ": method must be GET, POST, PATCH, PUT or DELETE");
		RETURN_THROWS();
	}
	if (strlen(ZSTR_VAL(path)) != ZSTR_LEN(path) || cb_path_check(ZSTR_VAL(path), ZSTR_LEN(path)) != CB_URL_OK) {
		calbook_throw(calbook_ce_invalid_argument, FN("request") ": path must be relative to base_url and start with '/' (such as /me or /bookings/abc), "
			"without \"..\", \"//\", query or fragment (use the query option), spaces or control characters");
		RETURN_THROWS();
	}
	if (opts && calbook_check_known_keys(opts, keys, FN("request"), "the options (known: query, json, api_version, idempotent, priority)") != SUCCESS) {
		RETURN_THROWS();
	}
	idempotent = strcmp(m, "GET") == 0 || strcmp(m, "PUT") == 0 || strcmp(m, "DELETE") == 0;
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("idempotent")))) {
		if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
			calbook_throw(calbook_ce_invalid_argument, FN("request") ": option \"idempotent\" must be a bool");
			RETURN_THROWS();
		}
		idempotent = Z_TYPE_P(v) == IS_TRUE;
	}
	memset(&r, 0, sizeof(r));
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("priority")))
		&& calbook_rl_priority_parse(v, &r.priority, FN("request") ": option \"priority\"") != SUCCESS) {
		RETURN_THROWS();
	}
	r.fn = FN("request");
	r.method = m;
	r.own_path = zend_string_copy(path);
	r.path = ZSTR_VAL(r.own_path);
	/* Log entries and messages show a template, never the ids in the path. */
	{
		char tmpl[2200];
		long n = cb_endpoint_log_path(tmpl, sizeof(tmpl), ZSTR_VAL(path), ZSTR_LEN(path));
		r.own_log = n < 0 ? zend_string_init("/{path}", 7, 0) : zend_string_init(tmpl, (size_t) n, 0);
		r.log_tmpl = ZSTR_VAL(r.own_log);
	}
	r.family = cb_family_of_path(r.path);
	r.idempotent = idempotent;
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("api_version")))) {
		if (Z_TYPE_P(v) != IS_NULL && (Z_TYPE_P(v) != IS_STRING || !calbook_version_valid(Z_STR_P(v)))) {
			calbook_req_free(&r);
			calbook_throw(calbook_ce_invalid_argument, FN("request") ": option \"api_version\" must be a version such as \"2024-08-13\", or null for none");
			RETURN_THROWS();
		}
		r.version_override = true;
		r.version = Z_TYPE_P(v) == IS_STRING ? zend_string_copy(Z_STR_P(v)) : NULL;
	}
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("query"))) && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) != IS_ARRAY) {
			calbook_req_free(&r);
			calbook_throw(calbook_ce_invalid_argument, FN("request") ": option \"query\" must be an array");
			RETURN_THROWS();
		}
		if (req_query(&r, Z_ARRVAL_P(v), FN("request"), "query parameter") != SUCCESS) {
			calbook_req_free(&r);
			RETURN_THROWS();
		}
	}
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("json"))) && Z_TYPE_P(v) != IS_NULL) {
		if (strcmp(m, "GET") == 0) {
			calbook_req_free(&r);
			calbook_throw(calbook_ce_invalid_argument, FN("request") ": a GET request takes no json body");
			RETURN_THROWS();
		}
		zval tmp;
		ZVAL_COPY(&tmp, v);
		if (req_json_take(&r, &tmp) != SUCCESS) {
			calbook_req_free(&r);
			RETURN_THROWS();
		}
	}
	{
		zend_result rc = calbook_execute(c, &r, return_value);
		calbook_req_free(&r);
		if (rc != SUCCESS) {
			RETURN_THROWS();
		}
	}
}
/* }}} */
ZEND_METHOD(Calbook_Client, getBookingsByUid)
{
	HashTable *uids;
	zend_long concurrency = 8;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(uids)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(concurrency)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	calbook_get_bookings_by_uid(c, uids, concurrency, return_value);
	if (EG(exception)) {
		RETURN_THROWS();
	}
}
