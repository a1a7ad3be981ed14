/* Debian's PHP loads extensions with RTLD_DEEPBIND, which AddressSanitizer refuses.
 * Preloaded before libasan, this dlopen() clears the flag and forwards to the real one. */
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int mode)
{
	static void *(*real_dlopen)(const char *, int);
	if (!real_dlopen) {
		real_dlopen = (void *(*)(const char *, int)) dlsym(RTLD_NEXT, "dlopen");
	}
	return real_dlopen(file, mode & ~RTLD_DEEPBIND);
}
