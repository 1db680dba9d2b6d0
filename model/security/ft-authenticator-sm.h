/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_FT_AUTHENTICATOR_SM_H
#define WLC_FT_AUTHENTICATOR_SM_H

#include "ft-crypto.h"
#include "wpa-crypto.h"
#include "wpa-handshake-result.h"

#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * The target AP's side of an IEEE 802.11r Fast BSS Transition over the air with the FT
 * Protocol without RIC (IEEE 802.11-2020 13.5.1, 13.8.2-13.8.5), run by the controller as the
 * R1KH with the PMK-R0 of the client's R0KH at hand. Pure logic, no simulator: feed it the
 * body of the client's FT Authentication Request (transaction sequence 1) and then the
 * RSNE, MDE and FTE of its Reassociation Request; it returns the Authentication Response
 * body to send and, at the end, the RSNE, MDE and FTE to append to the Reassociation
 * Response and the PTK to install.
 *
 * Authentication Request (13.8.2, after hostapd wpa_ft_process_auth_req): the algorithm must
 * be 2 and the sequence 1 (else IGNORED); an undecodable body is refused with status 40
 * (INVALID_ELEMENT); the RSNE must be present (else 40), carry exactly one PMKID equal to
 * PMKR0Name (else 53, INVALID_PMKID) and the configured FT AKM as its only AKM (else 43,
 * INVALID_AKMP); the MDE must equal the configured one (else 54, INVALID_MDE); the FTE must
 * carry an R0KH-ID equal to the configured one (else 55, INVALID_FTE). The PMK-R1, PMKR1Name
 * and PTK are then derived with FtCrypto, and the Response (status 0) carries the RSNE with
 * the request's PMKR0Name (13.8.3, as hostapd), the MDE, the FTE (MIC Control 0, ANonce,
 * SNonce, R1KH-ID, R0KH-ID) and a Timeout Interval element with the reassociation deadline.
 * Refusals carry the status only and leave the machine waiting for another request; a new
 * request after a success restarts the exchange (a retransmission).
 *
 * Reassociation Request (13.8.4, after hostapd wpa_ft_validate_reassoc): exactly one RSNE,
 * MDE and FTE (other elements are ignored), the RSNE with PMKR1Name as its only PMKID and the
 * AKM, the MDE, the FTE with Element Count 3, the ANonce sent and the SNonce received, the
 * R1KH-ID (BSSID) and R0KH-ID, and a MIC = FtCrypto::FtMic(KCK, STA, BSSID, 5, RSNE, MDE,
 * FTE with zero MIC) over the octets as received. On success (COMPLETED) the response
 * elements (13.8.5) are the RSNE with PMKR1Name, the MDE and the FTE with Element Count 3,
 * ANonce, SNonce, R1KH-ID, R0KH-ID, the GTK subelement (Key ID, RSC, the GTK AES-key-wrapped
 * with the KEK) and a MIC over transaction sequence 6. Any failure is final (FAILED, with the
 * status code the Reassociation Response should carry).
 */
class FtAuthenticatorSm
{
  public:
    static constexpr uint16_t STATUS_SUCCESS = 0;           //!< SUCCESS
    static constexpr uint16_t STATUS_UNSPECIFIED = 1;       //!< REFUSED / unspecified failure
    static constexpr uint16_t STATUS_INVALID_ELEMENT = 40;  //!< INVALID_ELEMENT
    static constexpr uint16_t STATUS_INVALID_PAIRWISE = 42; //!< INVALID_PAIRWISE_CIPHER
    static constexpr uint16_t STATUS_INVALID_AKMP = 43;     //!< INVALID_AKMP
    static constexpr uint16_t STATUS_INVALID_PMKID = 53;    //!< INVALID_PMKID
    static constexpr uint16_t STATUS_INVALID_MDE = 54;      //!< INVALID_MDE
    static constexpr uint16_t STATUS_INVALID_FTE = 55;      //!< INVALID_FTE

    /// The key context and the parameters of the target AP for one client.
    struct Config
    {
        std::vector<uint8_t> pmkR0;             //!< PMK-R0 of the client's R0KH, 32 octets
        std::vector<uint8_t> pmkR0Name;         //!< PMKR0Name, 16 octets
        std::vector<uint8_t> r0khId;            //!< R0KH-ID, 1..48 octets
        uint16_t mdid{0};                       //!< MDID (low byte first on the wire)
        uint8_t ftCapability{0};                //!< FT Capability and Policy octet of the MDE
        Mac48Address bssid;                     //!< the target AP's BSSID, the R1KH-ID
        Mac48Address staAddress;                //!< the client's MAC address, the S1KH-ID
        uint32_t akm{0x000FAC04};               //!< FT-PSK (00-0F-AC:4) or FT-802.1X (00-0F-AC:3)
        std::vector<uint8_t> anonce;            //!< ANonce, 32 random octets
        std::vector<uint8_t> gtk;               //!< the GTK, 16 octets (CCMP-128)
        uint8_t gtkKeyId{1};                    //!< its Key ID (0..3)
        uint64_t gtkRsc{0};                     //!< its RSC (8 octets, little endian on the wire)
        uint32_t reassociationDeadlineTu{1000}; //!< reassociation deadline in TUs
    };

    /// The outcome of a call.
    struct Result
    {
        /**
         * What the caller should do (the handshakes' actions):
         * SEND: send authBody (FT Authentication, sequence 2); with status 0, responseElements
         * are already those of the Reassociation Response to come;
         * COMPLETED: send a Reassociation Response (status 0) with responseElements and install
         * ptk; FAILED: refuse the reassociation with status (reason); IGNORED: the input was
         * dropped (reason); nothing changes.
         */
        using Action = WpaHandshakeAction;

        Action action{Action::IGNORED};        //!< what to do
        std::vector<uint8_t> authBody;         //!< the Authentication frame body (SEND)
        std::vector<uint8_t> responseElements; //!< RSNE, MDE, FTE (SEND with status 0, COMPLETED)
        WpaCrypto::Ptk ptk;                    //!< the PTK (COMPLETED)
        uint16_t status{0};                    //!< status code sent or to send
        std::string reason;                    //!< why (refusal, FAILED, IGNORED)
    };

    /// States of the machine.
    enum class State
    {
        WAIT_AUTH,    //!< waiting for the Authentication Request
        WAIT_REASSOC, //!< Authentication Response (status 0) sent
        COMPLETED,    //!< Reassociation accepted
        FAILED,       //!< Reassociation refused
    };

    /// \param config the parameters; sizes that are not allowed abort (configuration errors)
    explicit FtAuthenticatorSm(const Config& config);

    /**
     * Process the body of an FT Authentication Request.
     * \param authBody the Authentication frame body (after the MAC header)
     * \return SEND with the sequence 2 body (status 0 or a refusal), or IGNORED
     */
    Result OnAuthenticationRequest(const std::vector<uint8_t>& authBody);
    /**
     * Process the RSNE, MDE and FTE of the client's Reassociation Request.
     * \param elements the elements as carried (Element ID and Length included)
     * \return COMPLETED with the response elements and the PTK, FAILED, or IGNORED
     */
    Result OnReassociationRequest(const std::vector<uint8_t>& elements);

    /// \return the state
    State GetState() const;
    /// \param state a state \return its name
    static std::string StateName(State state);
    /// \param action an action \return its name
    static std::string ActionName(Result::Action action);
    /// \return the PTK (set once the Authentication Request was accepted)
    const WpaCrypto::Ptk& GetPtk() const;
    /**
     * The RSNE, MDE and FTE (MIC over sequence 6, GTK subelement) of the Reassociation Response:
     * their MIC covers none of the request, so they are fixed once the Authentication Request
     * was accepted.
     * \return the elements (empty before)
     */
    const std::vector<uint8_t>& GetResponseElements() const;
    /// \return PTKName (empty before)
    const std::vector<uint8_t>& GetPtkName() const;
    /// \return PMKR1Name (computed at construction)
    const std::vector<uint8_t>& GetPmkR1Name() const;
    /// \return the SNonce received (empty before)
    const std::vector<uint8_t>& GetSNonce() const;
    /// \return the RSNE the AP sends, with PMKR1Name as its PMKID
    std::vector<uint8_t> EncodeRsne() const;

    /// The RSNE, MDE and FTE found among the elements of a (Re)Association frame.
    struct FtElements
    {
        std::vector<uint8_t> rsne; //!< the RSNE as carried (Element ID and Length included)
        std::vector<uint8_t> mde;  //!< the MDE as carried
        std::vector<uint8_t> fte;  //!< the FTE as carried
    };

    /**
     * Split the elements of a (Re)Association frame (bounds-checked, never asserts) and pick
     * the RSNE, MDE and FTE; other elements are skipped.
     * \param elements the elements, each with Element ID and Length
     * \param found the three elements
     * \param why on failure, the reason
     * \return false for an element that runs past the end, a repeated RSNE, MDE or FTE, or
     *         one of the three missing
     */
    static bool FindFtElements(const std::vector<uint8_t>& elements,
                               FtElements& found,
                               std::string& why);
    /**
     * The RSNE of the FT protocol: version 1, group and pairwise CCMP-128, one AKM, RSN
     * Capabilities 0 and one PMKID.
     * \param akm the AKM
     * \param pmkid PMKR0Name (Authentication Request) or PMKR1Name
     * \return the element
     */
    static std::vector<uint8_t> EncodeFtRsne(uint32_t akm, const std::vector<uint8_t>& pmkid);

  private:
    /**
     * \param status a nonzero status code
     * \param reason why
     * \return SEND with a refusal body
     */
    Result Refuse(uint16_t status, const std::string& reason);
    /**
     * \param status the status code for the Reassociation Response
     * \param reason why
     * \return FAILED (the machine stops)
     */
    Result Fail(uint16_t status, const std::string& reason);
    /// \return the Reassociation Response's RSNE, MDE and FTE (needs the PTK)
    std::vector<uint8_t> BuildResponseElements() const;

    Config m_config;                         //!< parameters
    State m_state;                           //!< state
    FtCrypto::PmkR1 m_pmkR1;                 //!< PMK-R1 and PMKR1Name
    std::vector<uint8_t> m_snonce;           //!< SNonce received
    FtCrypto::FtPtk m_ptk;                   //!< the PTK and PTKName
    std::vector<uint8_t> m_responseElements; //!< the Reassociation Response's elements
};

} // namespace ns3

#endif /* WLC_FT_AUTHENTICATOR_SM_H */
