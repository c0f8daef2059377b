/* ipc.h — kinds and decoders of the ipc family (see ipc.def): System V
 * shared memory, semaphores and message queues. The structures are
 * decoded in the layout of the tracee's personality; i386's ipc(2)
 * forms of semctl, msgrcv and shmat have their own quirks. */
#ifndef SCTRACE_DECODE_IPC_H
#define SCTRACE_DECODE_IPC_H

#include "decode/common.h"
#include "decode/decode.h"

/* ---- kinds (prefix ipc_) ---- */
arg_printer ipc_arg_key, ipc_arg_get_flags, ipc_arg_shmget_flags,
	ipc_arg_shmat_flags, ipc_arg_sembuf, ipc_arg_msgbuf, ipc_arg_msg_flags;
decoder_fn ipc_decode_shmctl, ipc_decode_semctl, ipc_decode_msgctl,
	ipc_decode_msgrcv, ipc_decode_shmat;

#define SYSV_KEY IN(ipc_arg_key)		   /* IPC_PRIVATE or 0x... */
#define SYSV_GET_FLAGS IN(ipc_arg_get_flags)	   /* IPC_CREAT|0600 */
#define SYSV_SHMGET_FLAGS IN(ipc_arg_shmget_flags) /* ...|21<<SHM_HUGE_SHIFT   \
						    */
#define SYSV_SHMAT_FLAGS IN(ipc_arg_shmat_flags)
#define SYSV_SEMBUF IN(ipc_arg_sembuf)	    /* count is the next argument */
#define SYSV_MSGBUF_IN IN(ipc_arg_msgbuf)   /* size is the next argument */
#define SYSV_MSGBUF_OUT OUT(ipc_arg_msgbuf) /* size is the next argument */
#define SYSV_MSG_FLAGS IN(ipc_arg_msg_flags)

#endif
