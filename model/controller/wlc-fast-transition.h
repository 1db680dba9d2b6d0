/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_FAST_TRANSITION_H
#define WLC_FAST_TRANSITION_H

#include "wlc-config.h"

#include "ns3/ft-authenticator-sm.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"
#include "ns3/wpa-handshake-result.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ns3
{

class UniformRandomVariable;

/**
 * \ingroup wlc
 * The controller's 802.11r key holders (IEEE 802.11-2020 12.7.1.7, 13): the R0KH of the
 * clients that made their FT initial mobility domain association here, and the R1KH of every
 * BSSID of its APs (the APs hold no keys).
 *
 * - Initial mobility domain association: InitialAssociation() derives PMK-R0 from the XXKey
 *   (the PSK, or the second half of the MSK) with this controller's name as R0KH-ID, keeps it,
 *   and gives the 4-way handshake its FT parameters (PMK-R1 for the BSSID).
 * - FT roam, Authentication (sequence 1 and 2): Authenticate() finds the PMK-R0 that the
 *   request's PMKR0Name names: kept here, received from the mobility group (AddKeys), or, for
 *   FT-PSK, derived locally from the WLAN's PSK and the request's R0KH-ID (hostapd's
 *   ft_psk_generate_local). It runs an FtAuthenticatorSm and returns the Authentication
 *   Response and, with it, the Reassociation Response's elements.
 * - FT roam, Reassociation: Reassociate() checks the request's MIC and elements.
 */
class WlcFastTransition : public Object
{
  public:
    /// A client's PMK-R0 security association.
    struct Keys
    {
        std::vector<uint8_t> pmkR0;     //!< PMK-R0, 32 octets
        std::vector<uint8_t> pmkR0Name; //!< PMKR0Name, 16 octets
        std::vector<uint8_t> r0khId;    //!< R0KH-ID (the controller that derived it)
        uint16_t mdid{0};               //!< mobility domain
        uint32_t akm{0};                //!< FT-PSK or FT-802.1X
        Time expires;                   //!< end of its lifetime
    };

    /// The answer to an FT Authentication Request.
    struct AuthenticationAnswer
    {
        bool send{false};                     //!< false: the request is dropped (reason)
        std::vector<uint8_t> authBody;        //!< the Authentication Response body (sequence 2)
        uint16_t status{0};                   //!< its Status Code
        std::vector<uint8_t> reassocElements; //!< RSNE, MDE, FTE for the Reassociation Response
        std::string reason;                   //!< why it was refused or dropped
    };

    /**
     * Signature of the Authentication and Reassociation traces.
     * \param client the client \param bssid the target AP \param status the Status Code sent
     */
    using ExchangeTracedCallback = void (*)(Mac48Address client,
                                            Mac48Address bssid,
                                            uint16_t status);

    /// \return the TypeId
    static TypeId GetTypeId();
    WlcFastTransition();
    ~WlcFastTransition() override;
    WlcFastTransition(const WlcFastTransition&) = delete;
    WlcFastTransition& operator=(const WlcFastTransition&) = delete;

    /// \param name the controller's name, its R0KH-ID (1..48 octets)
    void SetR0khId(const std::string& name);
    /**
     * \param wlan the WLAN \param rsnElement the RSNE of a (Re)Association Request
     * \param mde its MDE (empty if none)
     * \return whether the request asks for FT on this WLAN: FT is on, the RSNE selects the
     *         WLAN's FT AKM and the MDE names its mobility domain
     */
    static bool OffersFt(const Wlan& wlan,
                         const std::vector<uint8_t>& rsnElement,
                         const std::vector<uint8_t>& mde);
    /// \param wlan a WLAN \return its FT AKM (FT-PSK or FT-802.1X)
    static uint32_t FtAkm(const Wlan& wlan);
    /**
     * The FT initial mobility domain association of a client.
     * \param client the client \param bssid its AP \param xxKey the PSK, or MSK bits 256..511
     * \param wlan the WLAN \param lifetime how long the PMK-R0 stays valid
     * \return the 4-way handshake's FT parameters (disabled if xxKey is not 32 octets)
     */
    WpaFtParams InitialAssociation(Mac48Address client,
                                   Mac48Address bssid,
                                   const std::vector<uint8_t>& xxKey,
                                   const Wlan& wlan,
                                   Time lifetime);
    /**
     * An FT Authentication Request.
     * \param client the client \param bssid the target AP \param body the frame body
     * \param wlan the WLAN of the AP \param gtk the current GTK
     * \return what to send back
     */
    AuthenticationAnswer Authenticate(Mac48Address client,
                                      Mac48Address bssid,
                                      const std::vector<uint8_t>& body,
                                      const Wlan& wlan,
                                      const std::vector<uint8_t>& gtk);
    /**
     * \param client a client \param bssid its new AP
     * \return whether an FT Authentication with that AP awaits its Reassociation
     */
    bool IsAuthenticated(Mac48Address client, Mac48Address bssid) const;
    /**
     * The RSNE, MDE and FTE of the client's Reassociation Request.
     * \param client the client \param bssid its new AP \param elements the elements
     * \return COMPLETED (keys in place, no 4-way handshake), FAILED or IGNORED
     */
    FtAuthenticatorSm::Result Reassociate(Mac48Address client,
                                          Mac48Address bssid,
                                          const std::vector<uint8_t>& elements);
    /// \param client a client \param keys its PMK-R0 from the group's R0KH
    void AddKeys(Mac48Address client, const Keys& keys);
    /// \param client a client \return its PMK-R0, or nullptr
    const Keys* GetKeys(Mac48Address client) const;
    /// \param client a client whose FT exchange (not its keys) ends
    void Cancel(Mac48Address client);
    /// \param stream first stream \return streams used (ANonces)
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    /// One FT roam under way.
    struct Exchange
    {
        Mac48Address bssid;                    //!< target AP
        std::unique_ptr<FtAuthenticatorSm> sm; //!< the state machine
    };

    /**
     * \param body an FT Authentication Request \param client its sender \param wlan the WLAN
     * \param why on failure, the reason \param status the refusal status
     * \return the client's keys the request names, or nullptr
     */
    const Keys* FindKeys(const std::vector<uint8_t>& body,
                         Mac48Address client,
                         const Wlan& wlan,
                         std::string& why,
                         uint16_t& status);

    std::vector<uint8_t> m_r0khId;                                    //!< this controller's R0KH-ID
    std::map<Mac48Address, Keys> m_keys;                              //!< PMK-R0 by client
    std::map<Mac48Address, Exchange> m_exchanges;                     //!< FT roams under way
    Ptr<UniformRandomVariable> m_random;                              //!< ANonces
    TracedCallback<Mac48Address, Mac48Address, uint16_t> m_authTrace; //!< Authentication
    TracedCallback<Mac48Address, Mac48Address, uint16_t> m_reassocTrace; //!< Reassociation
};

} // namespace ns3

#endif /* WLC_FAST_TRANSITION_H */
