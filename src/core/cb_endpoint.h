/* The Cal.com v2 endpoints calbook calls, as data (plain C, no PHP): verb, path template,
 * family (which cal-api-version header goes with it) and retry policy. */
#ifndef CB_ENDPOINT_H
#define CB_ENDPOINT_H

#include <stddef.h>

/* Endpoint families: each has its own cal-api-version (the client's api_versions option). */
typedef enum {
	CB_FAM_BOOKINGS = 0,
	CB_FAM_SLOTS,
	CB_FAM_EVENT_TYPES,
	CB_FAM_SCHEDULES,
	CB_FAM_TEAMS,
	CB_FAM_WEBHOOKS,
	CB_FAM_MEMBERSHIPS,
	CB_FAM_OTHER,
	CB_FAM_COUNT
} cb_family;

/* "bookings", "slots", ..., "other" (the keys of the api_versions option). */
extern const char *const cb_family_names[CB_FAM_COUNT];
/* The cal-api-version each family sends by default (NULL: none). */
extern const char *const cb_family_default_version[CB_FAM_COUNT];

typedef enum {
	CB_EP_CREATE_BOOKING = 0,
	CB_EP_GET_BOOKING,
	CB_EP_GET_BOOKINGS,
	CB_EP_CANCEL_BOOKING,
	CB_EP_RESCHEDULE_BOOKING,
	CB_EP_REASSIGN_BOOKING,
	CB_EP_REASSIGN_BOOKING_TO,
	CB_EP_CONFIRM_BOOKING,
	CB_EP_DECLINE_BOOKING,
	CB_EP_MARK_ABSENT,
	CB_EP_GET_SLOTS,
	CB_EP_RESERVE_SLOT,
	CB_EP_RELEASE_SLOT,
	/* event types: the global five, then the same five scoped to a team (same order) */
	CB_EP_GET_EVENT_TYPES,
	CB_EP_GET_EVENT_TYPE,
	CB_EP_CREATE_EVENT_TYPE,
	CB_EP_UPDATE_EVENT_TYPE,
	CB_EP_DELETE_EVENT_TYPE,
	CB_EP_TEAM_GET_EVENT_TYPES,
	CB_EP_TEAM_GET_EVENT_TYPE,
	CB_EP_TEAM_CREATE_EVENT_TYPE,
	CB_EP_TEAM_UPDATE_EVENT_TYPE,
	CB_EP_TEAM_DELETE_EVENT_TYPE,
	CB_EP_GET_WEBHOOKS,
	CB_EP_CREATE_WEBHOOK,
	CB_EP_DELETE_WEBHOOK,
	CB_EP_GET_TEAM_MEMBERS,
	CB_EP_COUNT
} cb_endpoint_id;

#define CB_EP_TEAM_OFFSET (CB_EP_TEAM_GET_EVENT_TYPES - CB_EP_GET_EVENT_TYPES)

typedef struct {
	const char *method;     /* "GET", "POST", "PATCH", "DELETE" */
	const char *path;       /* template below the base URL: "/bookings/{uid}/cancel"; each
	                           "{name}" takes the next path segment (cb_url_build) and stays as
	                           it is in log entries */
	cb_family family;
	unsigned char idempotent; /* 1: retried on 502/503/504, 429 and unsent attempts;
	                             0: retried only when provably never sent */
	const char *made;       /* what an ambiguous failure may have made ("booking"), or NULL */
} cb_endpoint;

extern const cb_endpoint cb_endpoints[CB_EP_COUNT];

/* The family of a request() path ("/bookings/abc" -> CB_FAM_BOOKINGS). */
cb_family cb_family_of_path(const char *path);

/* The form of a request() path for log entries: a path that matches an endpoint template
 * segment by segment gets the template ("/bookings/{uid}/cancel"); otherwise every segment
 * that is not a word of the API's vocabulary becomes "{id}" (digits) or "{uid}", so no id or
 * uid reaches a log. Writes a NUL-terminated string of at most `cap` bytes; returns its length
 * or -1 when `cap` is too small. */
long cb_endpoint_log_path(char *out, size_t cap, const char *path, size_t len);

#endif
