/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_EAP_PEER_SM_H
#define WLC_EAP_PEER_SM_H

#include "eap-modelled-method.h"
#include "eap-packet.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The EAP peer (the supplicant's EAP layer, RFC 3748 §2 and RFC 4137's peer state machine,
 * simplified) running the modelled PEAP-MSCHAPv2 method of EapModelledMethod. Pure logic:
 * feed it every EAP packet received from the authenticator (the body of an EAPOL EAP-Packet);
 * it returns the EAP-Response to send, or the outcome.
 *
 * - Request/Identity: answered with Response/Identity (the configured identity); this
 *   (re)starts the method.
 * - Request/Notification: answered with an empty Response/Notification (RFC 3748 §5.2).
 * - Request of another type than Identity, Notification and Experimental: answered with a
 *   Legacy Nak proposing Type 255 (§5.3.1).
 * - Request/Experimental: the next method round (checked: round number, round count, a
 *   Response Size large enough for what the round carries, the server nonce in round 1, the
 *   server proof in the last round); answered with a Response of the requested size. A bad
 *   server proof ends the exchange with FAILURE.
 * - A Request with the Identifier of the previous one (a retransmission, §4.1): the last
 *   Response is sent again, the request is not processed again.
 * - Success after a verified server proof: SUCCESS with the 64-byte MSK; a Success before that
 *   is IGNORED (§4.2, RFC 4137 §4.1: no premature success).
 * - Failure: FAILURE.
 * Anything else (undecodable, a Response, after the end) is IGNORED with a reason.
 */
class EapPeerSm
{
  public:
    /// The credentials of the peer.
    struct Config
    {
        std::string identity;       //!< the identity sent in Response/Identity
        std::string password;       //!< the password (the shared credential)
        std::vector<uint8_t> nonce; //!< the 32-byte peer nonce Np
    };

    /// The outcome of OnReceive.
    struct Result
    {
        /// What the caller should do.
        enum class Action
        {
            SEND,    //!< send eap to the authenticator
            SUCCESS, //!< authenticated: msk holds the 64-byte MSK
            FAILURE, //!< authentication failed (reason)
            IGNORED, //!< the packet was dropped (reason)
        };

        Action action{Action::IGNORED}; //!< what to do
        std::vector<uint8_t> eap;       //!< the EAP-Response to send (SEND)
        std::vector<uint8_t> msk;       //!< the MSK (SUCCESS)
        std::string reason;             //!< why (FAILURE, IGNORED)
    };

    /// States of the peer.
    enum class State
    {
        IDLE,     //!< nothing received yet
        IDENTITY, //!< Response/Identity sent
        METHOD,   //!< in the method
        VERIFIED, //!< the server proof was verified, the last Response sent
        SUCCESS,  //!< EAP-Success received
        FAILURE,  //!< EAP-Failure received or bad server proof
    };

    /// \param config the credentials; a nonce that is not 32 bytes aborts
    explicit EapPeerSm(const Config& config);

    /**
     * Process an EAP packet from the authenticator.
     * \param eapPacket the EAP packet
     * \return the outcome
     */
    Result OnReceive(const std::vector<uint8_t>& eapPacket);

    /// \return the state
    State GetState() const;
    /// \param state a state \return its name
    static std::string StateName(State state);
    /// \param action an action \return its name ("SEND", ...)
    static std::string ActionName(Result::Action action);
    /// \return the MSK (empty before SUCCESS)
    const std::vector<uint8_t>& GetMsk() const;
    /// \return the method rounds completed (requests answered, retransmissions not counted)
    uint32_t GetRoundsAnswered() const;
    /// \return the reason of the failure, or of the last packet ignored
    const std::string& GetLastError() const;

  private:
    /// \param reason why \return an IGNORED result
    Result Ignore(const std::string& reason);
    /// \param reason why \return a FAILURE result, the state set to FAILURE
    Result Fail(const std::string& reason);
    /// \param response the response to send and remember \param id the request's identifier
    /// \return a SEND result
    Result Send(const EapPacket& response, uint8_t id);
    /// \param request an Experimental request \return the outcome
    Result OnMethodRequest(const EapPacket& request);

    Config m_config;                     //!< credentials
    State m_state;                       //!< state
    std::vector<uint8_t> m_key;          //!< K of EapModelledMethod
    std::vector<uint8_t> m_serverNonce;  //!< Ns
    std::vector<uint8_t> m_msk;          //!< MSK once verified
    uint8_t m_round;                     //!< the last method round answered (0: none)
    uint8_t m_rounds;                    //!< the method's round count (from round 1)
    bool m_haveLast;                     //!< a response was sent
    uint8_t m_lastId;                    //!< identifier of the last request answered
    std::vector<uint8_t> m_lastResponse; //!< the last response sent
    uint32_t m_answered;                 //!< method rounds answered
    std::string m_lastError;             //!< last failure / ignore reason
};

} // namespace ns3

#endif /* WLC_EAP_PEER_SM_H */
