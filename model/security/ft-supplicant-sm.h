/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_FT_SUPPLICANT_SM_H
#define WLC_FT_SUPPLICANT_SM_H

#include "ft-crypto.h"
#include "wpa-crypto.h"
#include "wpa-handshake-result.h"

#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

class FastBssTransitionElement;

/**
 * \ingroup wlc
 * The client's side of an IEEE 802.11r Fast BSS Transition over the air with the FT Protocol
 * without RIC (IEEE 802.11-2020 13.5.1, 13.8.2-13.8.5), the counterpart of FtAuthenticatorSm.
 * Pure logic, no simulator. The client holds the key context of its FT initial mobility
 * domain association (PMK-R0, PMKR0Name, R0KH-ID, MDID) and roams to a target BSSID:
 * - StartAuthentication: the FT Authentication Request body (sequence 1): RSNE with PMKR0Name
 *   as its only PMKID, MDE, FTE with the SNonce and the R0KH-ID;
 * - OnAuthenticationResponse (sequence 2, after wpa_supplicant wpa_ft_process_response): a
 *   nonzero status fails; else the RSNE must carry exactly one PMKID, our PMKR0Name (13.8.3),
 *   and the AKM; the MDE must equal ours; the FTE must echo the
 *   SNonce and carry R1KH-ID = the target BSSID and our R0KH-ID. The PTK is derived and the
 *   result carries the RSNE (PMKR1Name), MDE and FTE (Element Count 3, ANonce, SNonce,
 *   R1KH-ID, R0KH-ID, MIC over transaction sequence 5) for the Reassociation Request;
 * - OnReassociationResponse: the same checks, the ANonce equal to the one received, a MIC
 *   over sequence 6, and the GTK subelement unwrapped with the KEK (COMPLETED with the PTK and
 *   the GTK).
 * Any failure is final (FAILED with a reason); input that is not for the current step is
 * IGNORED.
 */
class FtSupplicantSm
{
  public:
    /// The key context of the client and the target of the roam.
    struct Config
    {
        std::vector<uint8_t> pmkR0;     //!< PMK-R0, 32 octets
        std::vector<uint8_t> pmkR0Name; //!< PMKR0Name, 16 octets
        std::vector<uint8_t> r0khId;    //!< R0KH-ID, 1..48 octets
        uint16_t mdid{0};               //!< MDID (low byte first on the wire)
        uint8_t ftCapability{0};        //!< FT Capability and Policy octet of the MDE
        uint32_t akm{0x000FAC04};       //!< FT-PSK (00-0F-AC:4) or FT-802.1X (00-0F-AC:3)
        Mac48Address staAddress;        //!< own MAC address (S0KH-ID = S1KH-ID)
        Mac48Address bssid;             //!< the target AP's BSSID (expected R1KH-ID)
        std::vector<uint8_t> snonce;    //!< SNonce, 32 random octets
    };

    /// The outcome of a call.
    struct Result
    {
        /**
         * What the caller should do (the handshakes' actions):
         * SEND: send a Reassociation Request with reassociationElements;
         * COMPLETED: install ptk and gtk;
         * FAILED: the roam failed (reason);
         * IGNORED: the input was dropped (reason); nothing changes.
         */
        using Action = WpaHandshakeAction;

        Action action{Action::IGNORED};             //!< what to do
        std::vector<uint8_t> reassociationElements; //!< RSNE, MDE, FTE (SEND)
        WpaCrypto::Ptk ptk;                         //!< the PTK (SEND, COMPLETED)
        std::vector<uint8_t> gtk;                   //!< the GTK (COMPLETED)
        uint8_t gtkKeyId{0};                        //!< its Key ID (COMPLETED)
        std::vector<uint8_t> gtkRsc;                //!< its RSC, 8 octets (COMPLETED)
        uint16_t status{0};                         //!< the Status Code received (FAILED)
        std::string reason;                         //!< why (FAILED, IGNORED)
    };

    /// States of the machine.
    enum class State
    {
        IDLE,                  //!< StartAuthentication not called yet
        WAIT_AUTH_RESPONSE,    //!< Authentication Request sent
        WAIT_REASSOC_RESPONSE, //!< Reassociation Request sent
        COMPLETED,             //!< keys installed
        FAILED,                //!< roam failed
    };

    /// \param config the parameters; sizes that are not allowed abort (configuration errors)
    explicit FtSupplicantSm(const Config& config);

    /// \return the FT Authentication Request body (sequence 1); (re)starts the exchange
    std::vector<uint8_t> StartAuthentication();
    /**
     * Process the target AP's FT Authentication Response.
     * \param authBody the Authentication frame body
     * \return SEND with the Reassociation Request elements, FAILED, or IGNORED
     */
    Result OnAuthenticationResponse(const std::vector<uint8_t>& authBody);
    /**
     * Process the RSNE, MDE and FTE of the Reassociation Response.
     * \param elements the elements as carried (other elements are skipped)
     * \return COMPLETED with the PTK and GTK, FAILED, or IGNORED
     */
    Result OnReassociationResponse(const std::vector<uint8_t>& elements);

    /// \return the state
    State GetState() const;
    /// \param state a state \return its name
    static std::string StateName(State state);
    /// \param action an action \return its name
    static std::string ActionName(Result::Action action);
    /// \return the PTK (set once the Authentication Response was accepted)
    const WpaCrypto::Ptk& GetPtk() const;
    /// \return PMKR1Name for the target BSSID
    const std::vector<uint8_t>& GetPmkR1Name() const;
    /// \return the ANonce received (empty before)
    const std::vector<uint8_t>& GetANonce() const;
    /// \return the reassociation deadline received in sequence 2 in TUs (0 if none)
    uint32_t GetReassociationDeadlineTu() const;

  private:
    /**
     * \param reason why
     * \param status the Status Code received, if any
     * \return FAILED (the machine stops)
     */
    Result Fail(const std::string& reason, uint16_t status = 0);
    /**
     * \param fte the decoded FTE of sequence 2 or of the Reassociation Response
     * \return why it is not acceptable, or ""
     */
    std::string CheckFteIds(const FastBssTransitionElement& fte) const;

    Config m_config;               //!< parameters
    State m_state;                 //!< state
    FtCrypto::PmkR1 m_pmkR1;       //!< PMK-R1 and PMKR1Name (R1KH-ID = BSSID)
    std::vector<uint8_t> m_anonce; //!< ANonce received
    FtCrypto::FtPtk m_ptk;         //!< PTK and PTKName
    uint32_t m_deadlineTu;         //!< reassociation deadline received
};

} // namespace ns3

#endif /* WLC_FT_SUPPLICANT_SM_H */
