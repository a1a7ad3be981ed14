/* calbook: a native Cal.com v2 client and host mapper for PHP. */
#ifndef PHP_CALBOOK_H
#define PHP_CALBOOK_H

extern zend_module_entry calbook_module_entry;
#define phpext_calbook_ptr &calbook_module_entry

#define PHP_CALBOOK_VERSION "0.1.0"

#ifdef ZTS
#include "TSRM.h"
#endif

ZEND_BEGIN_MODULE_GLOBALS(calbook)
	zend_long timeout_ms;
	zend_long connect_timeout_ms;
	zend_long max_response_bytes;
	zend_long max_retries;
	char *ca_file;
	bool persistent;
	/* This thread's (or process's) pool of persistent connections (src/core/cb_pool.c), freed
	 * at GSHUTDOWN. */
	void *persistent_pool;
ZEND_END_MODULE_GLOBALS(calbook)

ZEND_EXTERN_MODULE_GLOBALS(calbook)
#define CALBOOK_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(calbook, v)

#if defined(ZTS) && defined(COMPILE_DL_CALBOOK)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif /* PHP_CALBOOK_H */
