/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_EAP_METHOD_PROFILE_H
#define WLC_EAP_METHOD_PROFILE_H

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The sizes of the EAP packets of an EAP method, one entry per method round after the
 * Identity round: round i is the server's EAP-Request of requestSizes[i] bytes answered by the
 * peer's EAP-Response of responseSizes[i] bytes (whole EAP packets: Code, Identifier, Length,
 * Type and Type-Data). EapServerSm and EapPeerSm model a method with these sizes.
 */
struct EapMethodProfile
{
    std::string name;                    //!< the method modelled, for logs
    std::vector<uint16_t> requestSizes;  //!< EAP-Request size of each method round
    std::vector<uint16_t> responseSizes; //!< EAP-Response size of each method round

    /**
     * PEAPv0 with EAP-MSCHAPv2 inside, as FreeRADIUS 3 (default eap.conf: fragment_size 1024,
     * TLS 1.2, ECDHE-RSA-AES256-GCM-SHA384) runs it with a 2-certificate chain (server
     * certificate + CA, RSA 2048, about 2.3 kB of Certificate message). These are typical sizes
     * (round numbers, read from such exchanges), not exact ones: clients differ in their
     * ClientHello and servers in their certificates. 9 method rounds:
     *  1. PEAP Start (EAP header + Type 25 + Flags = 6 bytes) / ClientHello (~200 bytes)
     *  2. ServerHello + Certificate, fragment 1 (1004 bytes: FreeRADIUS' fragment_size of 1024
     *     bounds the RADIUS EAP-Message payload, less TLS-record and EAP-TLS length headers) /
     *     ACK (6 bytes: EAP header, Type, Flags 0)
     *  3. Certificate, fragment 2 (1004 bytes) / ACK (6 bytes)
     *  4. rest of Certificate + ServerKeyExchange + ServerHelloDone (~450 bytes) /
     *     ClientKeyExchange + ChangeCipherSpec + Finished (~140 bytes)
     *  5. server ChangeCipherSpec + Finished (~65 bytes) / ACK (6 bytes)
     *  6. inner EAP-Request/Identity in the tunnel (~40 bytes) / inner Identity (~60 bytes)
     *  7. inner MSCHAPv2 Challenge (~75 bytes) / MSCHAPv2 Response (~125 bytes)
     *  8. inner MSCHAPv2 Success (~90 bytes) / MSCHAPv2 Success acknowledgement (~45 bytes)
     *  9. Result TLV (Success, ~45 bytes) / Result TLV (Success, ~45 bytes)
     * With the Identity round this gives 10 Access-Request / Access-Challenge round trips and
     * an Access-Accept answering the 10th Access-Request.
     * \return the profile
     */
    static EapMethodProfile PeapMsChapV2();

    /// \return the number of method rounds (the size of both lists)
    std::size_t GetRounds() const;
    /**
     * The profile adapted to another number of method rounds. Fewer: entries are removed from
     * the middle, starting with the second (the certificate fragments first), so the first
     * round (method start) and the last ones (inner method, result) are kept. More: the second
     * entry (a certificate fragment and its ACK) is repeated, as with a longer certificate
     * chain. A profile with fewer than 2 entries is returned with its last entry repeated.
     * \param rounds the number of method rounds wanted (at least 1)
     * \return the adapted profile
     */
    EapMethodProfile Resize(std::size_t rounds) const;
};

} // namespace ns3

#endif /* WLC_EAP_METHOD_PROFILE_H */
