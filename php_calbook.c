/* calbook module entry: INI, globals, startup and shutdown, phpinfo. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"
#include "php_calbook.h"

#include <curl/curl.h>
#include <jansson.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <utf8proc.h>

#include "php/exceptions.h"
#include "php/classes.h"
#include "php/client.h"

ZEND_DECLARE_MODULE_GLOBALS(calbook)

typedef struct { zend_long min, max; } calbook_ini_range;

/* {{{ INI validation: every bad value is refused with the entry's name. */
static ZEND_INI_MH(calbook_on_update_ms)
{
	const calbook_ini_range *range = (const calbook_ini_range *) mh_arg3;
	zend_long min = range->min, max = range->max;
	zend_long v;
	char *end;

	errno = 0;
	v = ZEND_STRTOL(ZSTR_VAL(new_value), &end, 10);
	if (ZSTR_LEN(new_value) == 0 || *end != '\0' || errno != 0 || v < min || v > max) {
		php_error_docref(NULL, E_WARNING,
			"Invalid value \"%s\" for INI setting %s: expected a whole number from " ZEND_LONG_FMT " to " ZEND_LONG_FMT,
			ZSTR_VAL(new_value), ZSTR_VAL(entry->name), min, max);
		return FAILURE;
	}
	return OnUpdateLong(entry, new_value, mh_arg1, mh_arg2, NULL, stage);
}

static ZEND_INI_MH(calbook_on_update_bool)
{
	const char *s = ZSTR_VAL(new_value);
	if (ZSTR_LEN(new_value) != 0
		&& strcasecmp(s, "0") && strcasecmp(s, "1") && strcasecmp(s, "on") && strcasecmp(s, "off")
		&& strcasecmp(s, "yes") && strcasecmp(s, "no") && strcasecmp(s, "true") && strcasecmp(s, "false")) {
		php_error_docref(NULL, E_WARNING,
			"Invalid value \"%s\" for INI setting %s: expected On or Off", s, ZSTR_VAL(entry->name));
		return FAILURE;
	}
	return OnUpdateBool(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static ZEND_INI_MH(calbook_on_update_ca_file)
{
	if (ZSTR_LEN(new_value) != 0) {
		zend_stat_t st;
		if (strlen(ZSTR_VAL(new_value)) != ZSTR_LEN(new_value)
			|| VCWD_STAT(ZSTR_VAL(new_value), &st) != 0 || !S_ISREG(st.st_mode)) {
			php_error_docref(NULL, E_WARNING,
				"Invalid value for INI setting %s: \"%s\" is not a readable file",
				ZSTR_VAL(entry->name), ZSTR_VAL(new_value));
			return FAILURE;
		}
	}
	return OnUpdateString(entry, new_value, mh_arg1, mh_arg2, mh_arg3, stage);
}

static const calbook_ini_range range_timeout = {1, 600000};
static const calbook_ini_range range_connect = {1, 120000};
static const calbook_ini_range range_size = {1024, 1073741824};
static const calbook_ini_range range_retries = {0, 10};

#ifdef ZTS
# define CALBOOK_GLOBALS_PTR ((void *) &calbook_globals_id)
#else
# define CALBOOK_GLOBALS_PTR ((void *) &calbook_globals)
#endif
#define CALBOOK_INI(name, def, mod, mh, field, arg3) \
	ZEND_INI_ENTRY3_EX(name, def, mod, mh, (void *) XtOffsetOf(zend_calbook_globals, field), CALBOOK_GLOBALS_PTR, (void *) (arg3), NULL)

PHP_INI_BEGIN()
	CALBOOK_INI("calbook.timeout_ms", "30000", PHP_INI_ALL, calbook_on_update_ms, timeout_ms, &range_timeout)
	CALBOOK_INI("calbook.connect_timeout_ms", "5000", PHP_INI_ALL, calbook_on_update_ms, connect_timeout_ms, &range_connect)
	CALBOOK_INI("calbook.max_response_bytes", "16777216", PHP_INI_ALL, calbook_on_update_ms, max_response_bytes, &range_size)
	CALBOOK_INI("calbook.max_retries", "2", PHP_INI_ALL, calbook_on_update_ms, max_retries, &range_retries)
	CALBOOK_INI("calbook.ca_file", "", PHP_INI_SYSTEM, calbook_on_update_ca_file, ca_file, NULL)
	CALBOOK_INI("calbook.persistent", "1", PHP_INI_ALL, calbook_on_update_bool, persistent, NULL)
PHP_INI_END()
/* }}} */

static PHP_GINIT_FUNCTION(calbook)
{
#if defined(COMPILE_DL_CALBOOK) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(calbook_globals, 0, sizeof(*calbook_globals));
}

/* Each thread's globals (ZTS), or the process's, own a pool of persistent connections: freed
 * here for every thread, not only the main one (whose pool MSHUTDOWN has freed already, before
 * curl_global_cleanup()). */
static PHP_GSHUTDOWN_FUNCTION(calbook)
{
	calbook_pool_shutdown(&calbook_globals->persistent_pool);
}

static PHP_MINIT_FUNCTION(calbook)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		php_error_docref(NULL, E_WARNING, "calbook: libcurl could not be initialised");
		return FAILURE;
	}
	REGISTER_INI_ENTRIES();
	calbook_register_exceptions();
	calbook_register_classes(INIT_FUNC_ARGS_PASSTHRU);
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(calbook)
{
	calbook_shutdown_classes(SHUTDOWN_FUNC_ARGS_PASSTHRU);
	UNREGISTER_INI_ENTRIES();
	curl_global_cleanup();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(calbook)
{
#if defined(COMPILE_DL_CALBOOK) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(calbook)
{
	curl_version_info_data *cv = curl_version_info(CURLVERSION_NOW);
	char buf[64];

	php_info_print_table_start();
	php_info_print_table_row(2, "calbook support", "enabled");
	php_info_print_table_row(2, "Version", PHP_CALBOOK_VERSION);
	php_info_print_table_row(2, "libcurl (compiled)", LIBCURL_VERSION);
	php_info_print_table_row(2, "libcurl (loaded)", cv->version);
	php_info_print_table_row(2, "jansson (compiled)", JANSSON_VERSION);
	php_info_print_table_row(2, "jansson (loaded)", jansson_version_str());
	php_info_print_table_row(2, "OpenSSL libcrypto (compiled)", OPENSSL_VERSION_TEXT);
	php_info_print_table_row(2, "OpenSSL libcrypto (loaded)", OpenSSL_version(OPENSSL_VERSION));
	php_info_print_table_row(2, "utf8proc (loaded)", utf8proc_version());
	php_info_print_table_row(2, "Unicode (utf8proc)", utf8proc_unicode_version());
	php_info_print_table_row(2, "TLS backend", cv->ssl_version ? cv->ssl_version : "none");
	php_info_print_table_row(2, "HTTP/2", (cv->features & CURL_VERSION_HTTP2) ? "yes" : "no");
	snprintf(buf, sizeof(buf), "%s", (cv->features & CURL_VERSION_ASYNCHDNS) ? "yes" : "no");
	php_info_print_table_row(2, "Asynchronous DNS", buf);
	php_info_print_table_end();

	DISPLAY_INI_ENTRIES();
}

zend_module_entry calbook_module_entry = {
	STANDARD_MODULE_HEADER,
	"calbook",
	NULL,
	PHP_MINIT(calbook),
	PHP_MSHUTDOWN(calbook),
	PHP_RINIT(calbook),
	NULL,
	PHP_MINFO(calbook),
	PHP_CALBOOK_VERSION,
	PHP_MODULE_GLOBALS(calbook),
	PHP_GINIT(calbook),
	PHP_GSHUTDOWN(calbook),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_CALBOOK
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(calbook)
#endif
