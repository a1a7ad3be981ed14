/* Calbook\Webhook: placeholder until implemented. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/Webhook_arginfo.h"

zend_class_entry *calbook_ce_webhook;
static zend_object_handlers webhook_handlers;

ZEND_METHOD(Calbook_Webhook, __construct)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Webhook::__construct() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Webhook, verify)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Webhook::verify() is not available in this build");
	RETURN_THROWS();
}

ZEND_METHOD(Calbook_Webhook, parse)
{
	ZEND_PARSE_PARAMETERS_START(0, -1)
	ZEND_PARSE_PARAMETERS_END();
	calbook_throw(calbook_ce_runtime, "Calbook\\Webhook::parse() is not available in this build");
	RETURN_THROWS();
}

static zend_object *webhook_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &webhook_handlers;
	return obj;
}

void calbook_register_webhook(void)
{
	calbook_ce_webhook = register_class_Calbook_Webhook();
	calbook_ce_webhook->create_object = webhook_create;
	memcpy(&webhook_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	webhook_handlers.clone_obj = NULL;
	webhook_handlers.compare = zend_objects_not_comparable;
}
