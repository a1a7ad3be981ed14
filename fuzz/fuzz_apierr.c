/* libFuzzer harness: Cal.com error-body parsing and rate-limit reset headers (src/core/cb_apierr.c).
 * The whole input is an error body; its first line is also tried as an X-RateLimit-Reset value.
 * seeds: json */
#include "core/cb_apierr.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cb_apierr err;
	const char *nl;
	size_t line;

	if (cb_apierr_parse((const char *) data, size, &err) == 0) {
		/* Every field the parser hands out must be a readable NUL-terminated string. */
		if (err.code) {
			(void) strlen(err.code);
		}
		if (err.message) {
			(void) strlen(err.message);
		}
		if (err.details_json) {
			(void) strlen(err.details_json);
		}
		if (err.shape != CB_APIERR_SHAPE_NONE && err.shape != CB_APIERR_SHAPE_ENVELOPE && err.shape != CB_APIERR_SHAPE_RAW) {
			abort();
		}
		cb_apierr_free(&err);
	}
	nl = memchr(data, '\n', size);
	line = nl ? (size_t) (nl - (const char *) data) : size;
	{
		long s = cb_ratelimit_reset_seconds((const char *) data, line, (time_t) 1700000000);
		if (s < -1) {
			abort();
		}
	}
	return 0;
}
