/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_EAP_MODELLED_METHOD_H
#define WLC_EAP_MODELLED_METHOD_H

#include "eap-method-profile.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The formats and keys of the modelled EAP method that EapServerSm and EapPeerSm run: an
 * exchange with the rounds and packet sizes of an EapMethodProfile (PEAP-MSCHAPv2 by default),
 * carried as EAP Type 255 (Experimental, RFC 3748 §5.8) so that Wireshark does not try to
 * decode TLS in it, with real keys from a shared credential (the password) but no TLS.
 *
 * With M method rounds (M >= 2), round k (1..M):
 * - EAP-Request Type-Data: Round k (1 octet), Rounds M (1), Response Size (2, big endian: the
 *   Length the peer's EAP-Response must have), then in round 1 the 32-byte server nonce Ns,
 *   in round M the 20-byte server proof, then zero padding to the profile's request size.
 * - EAP-Response Type-Data: in round 1 the 32-byte peer nonce Np, in round M-1 the 20-byte
 *   peer proof, then zero padding to the Response Size.
 * The peer proves the password first (round M-1, like the MSCHAPv2 NT-Response), so that a
 * wrong password is detected by the server, which answers Access-Reject with EAP-Failure
 * before revealing its own proof; the server proves the password in the last request (like
 * the MSCHAPv2 authenticator response and the PEAP Result TLV), and the peer checks it before
 * its last response.
 *
 * Keys: K = HMAC-SHA1(password, "wlc modelled EAP key" || identity);
 * server proof = HMAC-SHA1(K, "server" || Ns || Np); peer proof = HMAC-SHA1(K, "peer" || Ns ||
 * Np); MSK (64 bytes) = WpaCrypto::Prf(K, "wlc modelled EAP MSK", Ns || Np, 512). Unlike real
 * PEAP, the MSK depends on the password (there is no TLS master secret): it is a model of the
 * message flow and of key agreement, not a secure method.
 *
 * A profile entry smaller than what its round must carry is enlarged to that minimum (see
 * MinRequestSize and MinResponseSize): with the PEAP-MSCHAPv2 profile only the first request
 * (the 6-byte PEAP Start) grows, to 41 bytes, since it carries the server nonce (real PEAP
 * carries the server random in the ServerHello of the next request).
 */
class EapModelledMethod
{
  public:
    static constexpr std::size_t NONCE_SIZE = 32;  //!< Ns, Np
    static constexpr std::size_t PROOF_SIZE = 20;  //!< HMAC-SHA1
    static constexpr std::size_t MSK_SIZE = 64;    //!< RFC 3748 §7.10: at least 64 bytes
    static constexpr std::size_t HEADER_SIZE = 4;  //!< Round, Rounds, Response Size
    static constexpr std::size_t EAP_PREFIX = 5;   //!< EAP Code, Identifier, Length, Type
    static constexpr std::size_t MIN_ROUNDS = 2;   //!< method rounds needed by the proofs
    static constexpr std::size_t MAX_ROUNDS = 255; //!< Round is one octet

    /// The header of a request.
    struct Header
    {
        uint8_t round{0};         //!< this round, 1..rounds
        uint8_t rounds{0};        //!< method rounds in all
        uint16_t responseSize{0}; //!< Length of the EAP-Response expected
    };

    /// \param round k \param rounds M \return the smallest EAP-Request of round k
    static std::size_t MinRequestSize(std::size_t round, std::size_t rounds);
    /// \param round k \param rounds M \return the smallest EAP-Response of round k
    static std::size_t MinResponseSize(std::size_t round, std::size_t rounds);
    /**
     * The sizes actually sent: the profile resized to \p rounds (EapMethodProfile::Resize),
     * each entry raised to its minimum.
     * \param profile the profile
     * \param rounds method rounds, MIN_ROUNDS..MAX_ROUNDS
     * \return the effective profile
     */
    static EapMethodProfile Effective(const EapMethodProfile& profile, std::size_t rounds);

    /// \param password the password \param identity the identity \return K
    static std::vector<uint8_t> PasswordKey(const std::string& password,
                                            const std::string& identity);
    /// \param key K \param ns Ns \param np Np \return the server proof
    static std::vector<uint8_t> ServerProof(const std::vector<uint8_t>& key,
                                            const std::vector<uint8_t>& ns,
                                            const std::vector<uint8_t>& np);
    /// \param key K \param ns Ns \param np Np \return the peer proof
    static std::vector<uint8_t> PeerProof(const std::vector<uint8_t>& key,
                                          const std::vector<uint8_t>& ns,
                                          const std::vector<uint8_t>& np);
    /// \param key K \param ns Ns \param np Np \return the 64-byte MSK
    static std::vector<uint8_t> Msk(const std::vector<uint8_t>& key,
                                    const std::vector<uint8_t>& ns,
                                    const std::vector<uint8_t>& np);
};

} // namespace ns3

#endif /* WLC_EAP_MODELLED_METHOD_H */
