/* The PHP classes calbook registers; each lives in its own file under src/php/. */
#ifndef CALBOOK_PHP_CLASSES_H
#define CALBOOK_PHP_CLASSES_H

#include "php.h"

extern zend_class_entry *calbook_ce_client;
extern zend_class_entry *calbook_ce_response;
extern zend_class_entry *calbook_ce_hostmapper;
extern zend_class_entry *calbook_ce_webhook;
extern zend_class_entry *calbook_ce_rate_limiter;

void calbook_register_client(void);
void calbook_register_response(void);
void calbook_register_hostmapper(void);
void calbook_register_webhook(void);
void calbook_register_rate_limiter(void);

/* Module-level hooks (src/php/classes.c). */
void calbook_register_classes(INIT_FUNC_ARGS);
void calbook_shutdown_classes(SHUTDOWN_FUNC_ARGS);

#endif
