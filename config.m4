dnl config.m4 for calbook

PHP_ARG_ENABLE([calbook],
  [whether to enable calbook support],
  [AS_HELP_STRING([--disable-calbook], [Disable calbook (Cal.com v2 client)])],
  [yes])

PHP_ARG_ENABLE([calbook-dev],
  [whether to build calbook with -Wall -Wextra -Werror],
  [AS_HELP_STRING([--enable-calbook-dev], [calbook: treat every warning as an error (for development)])],
  [no],
  [no])

if test "$PHP_CALBOOK" != "no"; then
  PKG_PROG_PKG_CONFIG
  if test -z "$PKG_CONFIG"; then
    AC_MSG_ERROR([calbook needs pkg-config to find libcurl, jansson, libcrypto and utf8proc (Debian: apt-get install pkg-config)])
  fi

  PKG_CHECK_MODULES([CALBOOK_CURL], [libcurl >= 7.61.0], [],
    [AC_MSG_ERROR([calbook needs libcurl >= 7.61.0 with its pkg-config file (Debian: apt-get install libcurl4-openssl-dev): $CALBOOK_CURL_PKG_ERRORS])])
  PKG_CHECK_MODULES([CALBOOK_JANSSON], [jansson >= 2.12], [],
    [AC_MSG_ERROR([calbook needs jansson >= 2.12 with its pkg-config file (Debian: apt-get install libjansson-dev): $CALBOOK_JANSSON_PKG_ERRORS])])
  dnl HMAC-SHA256 and constant-time comparison for webhook signatures.
  PKG_CHECK_MODULES([CALBOOK_LIBCRYPTO], [libcrypto >= 3.0], [],
    [AC_MSG_ERROR([calbook needs OpenSSL's libcrypto >= 3.0 with its pkg-config file (Debian: apt-get install libssl-dev): $CALBOOK_LIBCRYPTO_PKG_ERRORS])])
  dnl Unicode case folding, decomposition and mark stripping for name matching.
  PKG_CHECK_MODULES([CALBOOK_UTF8PROC], [libutf8proc >= 2.5], [],
    [AC_MSG_ERROR([calbook needs utf8proc >= 2.5 with its pkg-config file (Debian: apt-get install libutf8proc-dev): $CALBOOK_UTF8PROC_PKG_ERRORS])])

  PHP_EVAL_INCLINE($CALBOOK_CURL_CFLAGS)
  PHP_EVAL_LIBLINE($CALBOOK_CURL_LIBS, CALBOOK_SHARED_LIBADD)
  PHP_EVAL_INCLINE($CALBOOK_JANSSON_CFLAGS)
  PHP_EVAL_LIBLINE($CALBOOK_JANSSON_LIBS, CALBOOK_SHARED_LIBADD)
  PHP_EVAL_INCLINE($CALBOOK_LIBCRYPTO_CFLAGS)
  PHP_EVAL_LIBLINE($CALBOOK_LIBCRYPTO_LIBS, CALBOOK_SHARED_LIBADD)
  PHP_EVAL_INCLINE($CALBOOK_UTF8PROC_CFLAGS)
  PHP_EVAL_LIBLINE($CALBOOK_UTF8PROC_LIBS, CALBOOK_SHARED_LIBADD)

  CALBOOK_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -I@ext_srcdir@/src -I@ext_srcdir@"
  if test "$PHP_CALBOOK_DEV" != "no"; then
    CALBOOK_CFLAGS="$CALBOOK_CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers"
  fi

  dnl Every C file under src/core and src/php is part of the build.
  calbook_sources="php_calbook.c"
  calbook_srcdir="PHP_EXT_SRCDIR([calbook])"
  for f in `cd "$calbook_srcdir" && ls src/core/*.c src/php/*.c 2>/dev/null`; do
    calbook_sources="$calbook_sources $f"
  done

  PHP_SUBST(CALBOOK_SHARED_LIBADD)
  PHP_NEW_EXTENSION(calbook, $calbook_sources, $ext_shared,, $CALBOOK_CFLAGS)
  PHP_ADD_BUILD_DIR($ext_builddir/src/core, 1)
  PHP_ADD_BUILD_DIR($ext_builddir/src/php, 1)
fi
