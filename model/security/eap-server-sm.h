/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_EAP_SERVER_SM_H
#define WLC_EAP_SERVER_SM_H

#include "eap-method-profile.h"
#include "eap-modelled-method.h"
#include "eap-packet.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The EAP server (the backend authentication server's EAP layer, RFC 3748 §2, RFC 4137's full
 * authenticator simplified) running the modelled PEAP-MSCHAPv2 method of EapModelledMethod
 * for one peer. Pure logic: feed it the EAP-Responses relayed by the authenticator (the
 * EAP-Message of each Access-Request); it returns the next EAP-Request (CHALLENGE: send in an
 * Access-Challenge), or the outcome (ACCEPT with EAP-Success and the MSK, REJECT with
 * EAP-Failure).
 *
 * The first packet must be the peer's Response/Identity (the authenticator sent the
 * Request/Identity itself, as in RFC 3579 pass-through); the identifier of each Request is
 * the identifier of the Response it answers plus one, Success and Failure carry the
 * identifier of the last Response (RFC 3748 §4.2). Responses must carry the identifier of the
 * outstanding Request, Type 255 and exactly the Response Size requested; others are IGNORED
 * (§4.1: the authenticator discards non-matching responses). A Legacy Nak ends in REJECT (no
 * other method is offered). The peer proof is checked in the response to the second-to-last
 * request: a wrong password or an unknown user (empty password) gives REJECT there.
 *
 * Rounds: Config::rounds counts the Access-Request / Access-Challenge round trips including
 * the Identity round, so the method has rounds - 1 rounds (at least 2, at most 255), the
 * profile being adapted with EapModelledMethod::Effective (EapMethodProfile::Resize: fewer
 * rounds drop middle entries, more rounds repeat the certificate fragment entry). The last
 * Response is answered by ACCEPT, so with the default of 10 the server sends 9 CHALLENGEs and
 * one ACCEPT for 10 Access-Requests.
 */
class EapServerSm
{
  public:
    /// Parameters of the server for one peer.
    struct Config
    {
        std::string password;       //!< the peer's password; empty: unknown user
        std::vector<uint8_t> nonce; //!< the 32-byte server nonce Ns
        uint32_t rounds{10};        //!< round trips including Identity (3..256)
        EapMethodProfile profile{EapMethodProfile::PeapMsChapV2()}; //!< packet sizes
    };

    /// The outcome of OnResponse.
    struct Result
    {
        /// What the caller should do.
        enum class Action
        {
            CHALLENGE, //!< send eap (the next EAP-Request) in an Access-Challenge
            ACCEPT,    //!< send eap (EAP-Success) in an Access-Accept with msk
            REJECT,    //!< send eap (EAP-Failure) in an Access-Reject (reason)
            IGNORED,   //!< the response was dropped (reason)
        };

        Action action{Action::IGNORED}; //!< what to do
        std::vector<uint8_t> eap;       //!< the EAP packet to send
        std::vector<uint8_t> msk;       //!< the 64-byte MSK (ACCEPT)
        std::string reason;             //!< why (REJECT, IGNORED)
    };

    /// States of the server.
    enum class State
    {
        WAIT_IDENTITY, //!< waiting for the Response/Identity
        METHOD,        //!< a method request is outstanding
        ACCEPTED,      //!< EAP-Success sent
        REJECTED,      //!< EAP-Failure sent
    };

    /// \param config the parameters; a nonce that is not 32 bytes or rounds outside 3..256
    ///        abort (configuration errors)
    explicit EapServerSm(const Config& config);

    /**
     * Process an EAP-Response relayed by the authenticator.
     * \param eapResponse the EAP packet
     * \return the outcome
     */
    Result OnResponse(const std::vector<uint8_t>& eapResponse);

    /// \return the state
    State GetState() const;
    /// \param state a state \return its name ("METHOD", ...)
    static std::string StateName(State state);
    /// \param action an action \return its name ("CHALLENGE", ...)
    static std::string ActionName(Result::Action action);
    /// \return the identity of the Response/Identity ("" before)
    const std::string& GetIdentity() const;
    /// \return the sizes sent (EapModelledMethod::Effective of the profile)
    const EapMethodProfile& GetEffectiveProfile() const;
    /// \return the number of method requests sent
    uint32_t GetRequestsSent() const;

  private:
    /// \param reason why \return an IGNORED result
    Result Ignore(const std::string& reason);
    /// \param reason why \return a REJECT result with EAP-Failure
    Result Reject(const std::string& reason);
    /// \return a CHALLENGE result with method request m_round + 1
    Result NextRequest();

    Config m_config;                  //!< parameters
    EapMethodProfile m_effective;     //!< sizes sent
    State m_state;                    //!< state
    std::string m_identity;           //!< the peer's identity
    std::vector<uint8_t> m_key;       //!< K of EapModelledMethod
    std::vector<uint8_t> m_peerNonce; //!< Np
    uint8_t m_id;                     //!< identifier of the outstanding request
    std::size_t m_round;              //!< the outstanding method round (0: none)
    std::size_t m_rounds;             //!< method rounds
    uint32_t m_sent;                  //!< method requests sent
};

} // namespace ns3

#endif /* WLC_EAP_SERVER_SM_H */
