#include "engine/session.h"

void session_add_sink(struct session *s, struct sink *k)
{
	if (!k)
		return;
	struct sink **pp = &s->sinks;
	while (*pp)
		pp = &(*pp)->next;
	*pp = k;
	if (k->wants_decoding)
		s->any_sink_decodes = true;
	if (k->needs_every_call)
		s->any_sink_needs_every_call = true;
}
