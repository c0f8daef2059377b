#include "engine/tracee.h"

#include <stdlib.h>
#include <string.h>

void proctab_init(struct proctab *pt)
{
	pt->nbuckets = 256;
	pt->buckets = xcalloc(pt->nbuckets, sizeof(*pt->buckets));
	pt->count = 0;
}

void proctab_free(struct proctab *pt)
{
	free(pt->buckets);
	pt->buckets = NULL;
	pt->nbuckets = pt->count = 0;
}

static unsigned bucket_of(const struct proctab *pt, pid_t pid)
{
	return ((unsigned)pid * 2654435761u) & (pt->nbuckets - 1);
}

struct tracee *tracee_find(struct proctab *pt, pid_t pid)
{
	for (struct tracee *t = pt->buckets[bucket_of(pt, pid)]; t; t = t->hnext)
		if (t->pid == pid)
			return t;
	return NULL;
}

static void grow(struct proctab *pt)
{
	unsigned old_n = pt->nbuckets;
	struct tracee **old = pt->buckets;
	pt->nbuckets *= 2;
	pt->buckets = xcalloc(pt->nbuckets, sizeof(*pt->buckets));
	for (unsigned i = 0; i < old_n; i++) {
		struct tracee *t = old[i];
		while (t) {
			struct tracee *next = t->hnext;
			unsigned b = bucket_of(pt, t->pid);
			t->hnext = pt->buckets[b];
			pt->buckets[b] = t;
			t = next;
		}
	}
	free(old);
}

static void link_tracee(struct proctab *pt, struct tracee *t)
{
	unsigned b = bucket_of(pt, t->pid);
	t->hnext = pt->buckets[b];
	pt->buckets[b] = t;
}

static void unlink_tracee(struct proctab *pt, struct tracee *t)
{
	struct tracee **pp = &pt->buckets[bucket_of(pt, t->pid)];
	while (*pp && *pp != t)
		pp = &(*pp)->hnext;
	if (*pp)
		*pp = t->hnext;
}

struct tracee *tracee_add(struct proctab *pt, pid_t pid)
{
	if (pt->count + 1 > pt->nbuckets)
		grow(pt);
	struct tracee *t = xcalloc(1, sizeof(*t));
	t->pid = pid;
	t->tgid = pid;
	link_tracee(pt, t);
	pt->count++;
	return t;
}

void tracee_remove(struct proctab *pt, struct tracee *t)
{
	unlink_tracee(pt, t);
	pt->count--;
	line_free(&t->line);
	free(t);
}

void tracee_rekey(struct proctab *pt, struct tracee *t, pid_t newpid)
{
	unlink_tracee(pt, t);
	t->pid = newpid;
	link_tracee(pt, t);
}

struct tracee *tracee_first(struct proctab *pt, struct proctab_iter *it)
{
	it->bucket = 0;
	it->cur = NULL;
	return tracee_next(pt, it);
}

struct tracee *tracee_next(struct proctab *pt, struct proctab_iter *it)
{
	if (it->cur && it->cur->hnext) {
		it->cur = it->cur->hnext;
		return it->cur;
	}
	if (it->cur)
		it->bucket++;
	for (; it->bucket < pt->nbuckets; it->bucket++)
		if (pt->buckets[it->bucket]) {
			it->cur = pt->buckets[it->bucket];
			return it->cur;
		}
	it->cur = NULL;
	return NULL;
}
