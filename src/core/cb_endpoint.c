/* The Cal.com v2 endpoints calbook calls, as data. */
#include "core/cb_endpoint.h"

#include <string.h>

const char *const cb_family_names[CB_FAM_COUNT] = {
	"bookings", "slots", "event_types", "schedules", "teams", "webhooks", "memberships", "other"
};

const char *const cb_family_default_version[CB_FAM_COUNT] = {
	"2024-08-13", "2024-09-04", "2024-06-14", "2024-06-11", NULL, NULL, NULL, NULL
};

#define IDEMPOTENT 1
#define ONCE 0

const cb_endpoint cb_endpoints[CB_EP_COUNT] = {
	[CB_EP_CREATE_BOOKING]        = {"POST",   "/bookings",                          CB_FAM_BOOKINGS,    ONCE,       "booking"},
	[CB_EP_GET_BOOKING]           = {"GET",    "/bookings/{uid}",                    CB_FAM_BOOKINGS,    IDEMPOTENT, NULL},
	[CB_EP_GET_BOOKINGS]          = {"GET",    "/bookings",                          CB_FAM_BOOKINGS,    IDEMPOTENT, NULL},
	[CB_EP_CANCEL_BOOKING]        = {"POST",   "/bookings/{uid}/cancel",             CB_FAM_BOOKINGS,    ONCE,       NULL},
	[CB_EP_RESCHEDULE_BOOKING]    = {"POST",   "/bookings/{uid}/reschedule",         CB_FAM_BOOKINGS,    ONCE,       NULL},
	[CB_EP_REASSIGN_BOOKING]      = {"POST",   "/bookings/{uid}/reassign",           CB_FAM_BOOKINGS,    ONCE,       NULL},
	[CB_EP_REASSIGN_BOOKING_TO]   = {"POST",   "/bookings/{uid}/reassign/{userId}",  CB_FAM_BOOKINGS,    ONCE,       NULL},
	[CB_EP_CONFIRM_BOOKING]       = {"POST",   "/bookings/{uid}/confirm",            CB_FAM_BOOKINGS,    IDEMPOTENT, NULL},
	[CB_EP_DECLINE_BOOKING]       = {"POST",   "/bookings/{uid}/decline",            CB_FAM_BOOKINGS,    IDEMPOTENT, NULL},
	[CB_EP_MARK_ABSENT]           = {"POST",   "/bookings/{uid}/mark-absent",        CB_FAM_BOOKINGS,    IDEMPOTENT, NULL},
	[CB_EP_GET_SLOTS]             = {"GET",    "/slots",                             CB_FAM_SLOTS,       IDEMPOTENT, NULL},
	[CB_EP_RESERVE_SLOT]          = {"POST",   "/slots/reservations",                CB_FAM_SLOTS,       ONCE,       NULL},
	[CB_EP_RELEASE_SLOT]          = {"DELETE", "/slots/reservations/{uid}",          CB_FAM_SLOTS,       IDEMPOTENT, NULL},
	[CB_EP_GET_EVENT_TYPES]       = {"GET",    "/event-types",                       CB_FAM_EVENT_TYPES, IDEMPOTENT, NULL},
	[CB_EP_GET_EVENT_TYPE]        = {"GET",    "/event-types/{id}",                  CB_FAM_EVENT_TYPES, IDEMPOTENT, NULL},
	[CB_EP_CREATE_EVENT_TYPE]     = {"POST",   "/event-types",                       CB_FAM_EVENT_TYPES, ONCE,       NULL},
	/* PATCH with the same fields is idempotent. */
	[CB_EP_UPDATE_EVENT_TYPE]     = {"PATCH",  "/event-types/{id}",                  CB_FAM_EVENT_TYPES, IDEMPOTENT, NULL},
	[CB_EP_DELETE_EVENT_TYPE]     = {"DELETE", "/event-types/{id}",                  CB_FAM_EVENT_TYPES, IDEMPOTENT, NULL},
	[CB_EP_TEAM_GET_EVENT_TYPES]  = {"GET",    "/teams/{teamId}/event-types",        CB_FAM_TEAMS,       IDEMPOTENT, NULL},
	[CB_EP_TEAM_GET_EVENT_TYPE]   = {"GET",    "/teams/{teamId}/event-types/{id}",   CB_FAM_TEAMS,       IDEMPOTENT, NULL},
	[CB_EP_TEAM_CREATE_EVENT_TYPE] = {"POST",  "/teams/{teamId}/event-types",        CB_FAM_TEAMS,       ONCE,       NULL},
	[CB_EP_TEAM_UPDATE_EVENT_TYPE] = {"PATCH", "/teams/{teamId}/event-types/{id}",   CB_FAM_TEAMS,       IDEMPOTENT, NULL},
	[CB_EP_TEAM_DELETE_EVENT_TYPE] = {"DELETE", "/teams/{teamId}/event-types/{id}",  CB_FAM_TEAMS,       IDEMPOTENT, NULL},
	[CB_EP_GET_WEBHOOKS]          = {"GET",    "/webhooks",                          CB_FAM_WEBHOOKS,    IDEMPOTENT, NULL},
	[CB_EP_CREATE_WEBHOOK]        = {"POST",   "/webhooks",                          CB_FAM_WEBHOOKS,    ONCE,       NULL},
	[CB_EP_DELETE_WEBHOOK]        = {"DELETE", "/webhooks/{id}",                     CB_FAM_WEBHOOKS,    IDEMPOTENT, NULL},
	[CB_EP_GET_TEAM_MEMBERS]      = {"GET",    "/teams/{teamId}/memberships",        CB_FAM_MEMBERSHIPS, IDEMPOTENT, NULL},
};

/* Path prefixes of request() paths and their family, first match wins. */
static const struct {
	const char *prefix;
	const char *inner;     /* a further segment that changes the family, or NULL */
	cb_family family, inner_family;
} family_prefixes[] = {
	{"/bookings", NULL, CB_FAM_BOOKINGS, CB_FAM_BOOKINGS},
	{"/slots", NULL, CB_FAM_SLOTS, CB_FAM_SLOTS},
	{"/event-types", NULL, CB_FAM_EVENT_TYPES, CB_FAM_EVENT_TYPES},
	{"/schedules", NULL, CB_FAM_SCHEDULES, CB_FAM_SCHEDULES},
	{"/webhooks", NULL, CB_FAM_WEBHOOKS, CB_FAM_WEBHOOKS},
	{"/teams", "/memberships", CB_FAM_TEAMS, CB_FAM_MEMBERSHIPS},
};

cb_family cb_family_of_path(const char *p)
{
	size_t i;
	for (i = 0; i < sizeof(family_prefixes) / sizeof(family_prefixes[0]); i++) {
		size_t n = strlen(family_prefixes[i].prefix);
		if (strncmp(p, family_prefixes[i].prefix, n) == 0 && (p[n] == '\0' || p[n] == '/')) {
			if (family_prefixes[i].inner && strstr(p, family_prefixes[i].inner)) {
				return family_prefixes[i].inner_family;
			}
			return family_prefixes[i].family;
		}
	}
	return CB_FAM_OTHER;
}

/* Path words of Cal.com v2 that are never ids, besides the literal segments of the table. */
static const char *const vocabulary[] = {
	"me", "users", "organizations", "orgs", "schedules", "default", "memberships", "teams",
	"calendars", "conferencing", "destination-calendars", "selected-calendars", "busy-times",
	"routing-forms", "responses", "guests", "attendees", "seats", "references", "recordings",
	"transcripts", "location", "private-links", "webhooks", "event-types", "bookings", "slots",
	"reservations", "available", "stripe", "oauth-clients", "verified-resources", "emails",
	"phones", "ooo", "out-of-office", "workflows", "roles", "permissions", "attributes",
	"options", "timezones", "provider", "api-keys", "refresh", "connect", "check", "save",
	"credentials", "default-conferencing-app", "last", "cancel", "reschedule", "reassign",
	"confirm", "decline", "mark-absent", "teams-event-types", NULL
};

static int seg_eq(const char *a, size_t alen, const char *b, size_t blen)
{
	return alen == blen && memcmp(a, b, alen) == 0;
}

static int is_word(const char *s, size_t len)
{
	const char *const *w;
	size_t e;
	for (w = vocabulary; *w; w++) {
		if (seg_eq(s, len, *w, strlen(*w))) {
			return 1;
		}
	}
	for (e = 0; e < CB_EP_COUNT; e++) {
		const char *p = cb_endpoints[e].path;
		while (*p == '/') {
			const char *q = p + 1, *end = strchr(q, '/');
			size_t n = end ? (size_t) (end - q) : strlen(q);
			if (q[0] != '{' && seg_eq(s, len, q, n)) {
				return 1;
			}
			p = q + n;
		}
	}
	return 0;
}

/* Does `path` (len bytes) match the template segment by segment? */
static int template_matches(const char *tmpl, const char *path, size_t len)
{
	const char *t = tmpl, *p = path, *pend = path + len;
	while (*t == '/' && p < pend && *p == '/') {
		const char *tq = t + 1, *pq = p + 1;
		const char *te = strchr(tq, '/'), *pe = memchr(pq, '/', (size_t) (pend - pq));
		size_t tn = te ? (size_t) (te - tq) : strlen(tq);
		size_t pn = pe ? (size_t) (pe - pq) : (size_t) (pend - pq);
		if (pn == 0) {
			return 0;
		}
		if (tq[0] != '{' && !seg_eq(tq, tn, pq, pn)) {
			return 0;
		}
		t = tq + tn;
		p = pq + pn;
	}
	return *t == '\0' && p == pend;
}

static long put(char *out, size_t cap, size_t o, const char *s, size_t n)
{
	if (o + n + 1 > cap) {
		return -1;
	}
	memcpy(out + o, s, n);
	out[o + n] = '\0';
	return (long) (o + n);
}

long cb_endpoint_log_path(char *out, size_t cap, const char *path, size_t len)
{
	size_t e, o = 0;
	const char *p = path, *end = path + len;
	long r;

	if (cap == 0) {
		return -1;
	}
	out[0] = '\0';
	for (e = 0; e < CB_EP_COUNT; e++) {
		if (template_matches(cb_endpoints[e].path, path, len)) {
			return put(out, cap, 0, cb_endpoints[e].path, strlen(cb_endpoints[e].path));
		}
	}
	while (p < end) {
		const char *q = p + 1, *next = memchr(q, '/', (size_t) (end - q));
		size_t n = next ? (size_t) (next - q) : (size_t) (end - q), i;
		int digits = n > 0;
		for (i = 0; i < n; i++) {
			if (q[i] < '0' || q[i] > '9') {
				digits = 0;
			}
		}
		if ((r = put(out, cap, o, "/", 1)) < 0) {
			return -1;
		}
		o = (size_t) r;
		if (n > 0) {
			if (is_word(q, n)) {
				r = put(out, cap, o, q, n);
			} else if (digits) {
				r = put(out, cap, o, "{id}", 4);
			} else {
				r = put(out, cap, o, "{uid}", 5);
			}
			if (r < 0) {
				return -1;
			}
			o = (size_t) r;
		}
		p = q + n;
	}
	return (long) o;
}
