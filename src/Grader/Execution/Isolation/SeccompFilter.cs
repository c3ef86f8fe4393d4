using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Grader.Execution.Isolation;

/// <summary>
/// A seccomp deny list in classic BPF, for bwrap's <c>--seccomp FD</c>: the system calls a student never needs
/// and an escape does (ptrace, the mount family, namespaces, bpf, perf, userfaultfd, keyrings, io_uring, kexec,
/// kernel modules) fail with EPERM, and so does <c>socket(AF_VSOCK, ...)</c>, which would reach the host from
/// inside a network namespace. Everything else is allowed: .NET needs membarrier and executable memory.
/// Only for x86_64; other architectures get no filter (the layer is reported missing).
/// </summary>
internal static class SeccompFilter
{
    private const uint AuditArchX8664 = 0xC000003E;
    private const uint X32SyscallBit = 0x40000000;
    private const uint RetAllow = 0x7FFF0000;
    private const uint RetErrnoEperm = 0x00050000 | 1;
    private const uint AfVsock = 40;
    private const uint SocketSyscall = 41;

    // x86_64 numbers: ptrace, mount, umount2, pivot_root, chroot, swapon, swapoff, reboot, init_module,
    // delete_module, kexec_load, add_key, request_key, keyctl, unshare, perf_event_open, open_by_handle_at,
    // setns, finit_module, kexec_file_load, bpf, userfaultfd, io_uring_setup/enter/register, open_tree,
    // move_mount, fsopen, fsconfig, fsmount, fspick, mount_setattr, process_vm_readv, process_vm_writev.
    private static readonly uint[] Denied =
        [101, 165, 166, 155, 161, 167, 168, 169, 175, 176, 246, 248, 249, 250, 272, 298, 304, 308, 313, 320, 321, 323, 425, 426, 427, 428, 429, 430, 431, 432, 433, 442, 310, 311];

    public static bool Supported => RuntimeInformation.OSArchitecture == Architecture.X64 && OperatingSystem.IsLinux();

    public static byte[] Build()
    {
        var program = new List<(ushort Code, byte True, byte False, uint K)>
        {
            (0x20, 0, 0, 4),                     // A = seccomp_data.arch
            (0x15, 1, 0, AuditArchX8664),        // if A == x86_64 skip the next
            (0x06, 0, 0, RetErrnoEperm),         // another ABI: refuse
            (0x20, 0, 0, 0),                     // A = seccomp_data.nr
            (0x35, 0, 1, X32SyscallBit),         // if A >= x32 bit: refuse
            (0x06, 0, 0, RetErrnoEperm),
        };
        foreach (var number in Denied)
        {
            program.Add((0x15, 0, 1, number));   // if A == number: refuse, else go on
            program.Add((0x06, 0, 0, RetErrnoEperm));
        }

        program.Add((0x15, 0, 3, SocketSyscall)); // socket(): look at the address family
        program.Add((0x20, 0, 0, 16));            // A = low word of args[0]
        program.Add((0x15, 0, 1, AfVsock));
        program.Add((0x06, 0, 0, RetErrnoEperm));
        program.Add((0x06, 0, 0, RetAllow));

        var bytes = new byte[program.Count * 8];
        for (var i = 0; i < program.Count; i++)
        {
            var (code, jt, jf, k) = program[i];
            var slot = bytes.AsSpan(i * 8, 8);
            BinaryPrimitives.WriteUInt16LittleEndian(slot, code);
            slot[2] = jt;
            slot[3] = jf;
            BinaryPrimitives.WriteUInt32LittleEndian(slot[4..], k);
        }

        return bytes;
    }
}
