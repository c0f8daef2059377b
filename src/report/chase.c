/* --chase: not built yet (the chase/why issue builds it). */
#include "report/report.h"
#include "util.h"

int chase_run(const struct config *cfg)
{
	(void)cfg;
	die("--chase is not available in this build yet");
}
