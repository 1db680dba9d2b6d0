/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_SECURITY_H
#define WLC_SECURITY_H

#include "client-entry.h"
#include "pmk-cache.h"
#include "wlc-authenticator.h"
#include "wlc-fast-transition.h"

#include "ns3/ipv4-address.h"
#include "ns3/object.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

class Dot11AssocRequest;
class Packet;
class WirelessLanController;
class WlcDot1xAuthenticator;
struct ApEntry;

/**
 * \ingroup wlc
 * A controller's Layer 2 security: how each client gets its keys once the AP has added it
 * (AUTHCHECK), up to L2AUTHCOMPLETE.
 *
 * - On an open WLAN there is nothing to do; on a WPA2-PSK WLAN the 4-way handshake runs
 *   (WlcAuthenticator) with the WLAN's PSK.
 * - On a WPA2-802.1X WLAN, a PMKID in the (Re)Association Request that names a cached PMK for
 *   this AP (PmkCache; OKC) saves the EAP exchange; otherwise the 802.1X authenticator
 *   (WlcDot1xAuthenticator) relays EAP to the RADIUS server, and its PMK is cached before the
 *   4-way handshake.
 * - 802.11r (WlcFastTransition): a client that asks for FT at its first association makes this
 *   controller its R0KH (the 4-way handshake with the FT key hierarchy); an FT roam's
 *   Authentication frames, relayed by the AP, are answered here, and its Reassociation installs
 *   the keys with no 4-way handshake.
 * - Once the 4-way handshake proved them, a fresh 802.1X PMK and a fresh PMK-R0 are given to the
 *   members of the mobility group (MobilePmkUpdate, MobileFtKeyUpdate).
 *
 * The controller calls in at each association, at AUTHCHECK, for EAPOL frames and FT
 * Authentication frames; this part calls back into the controller (a friend) to change PEM
 * states, to complete or fail Layer 2 security, to send through the APs and to reach the
 * mobility group.
 */
class WlcSecurity : public Object
{
  public:
    /// \return the TypeId
    static TypeId GetTypeId();
    WlcSecurity();
    ~WlcSecurity() override;
    WlcSecurity(const WlcSecurity&) = delete;
    WlcSecurity& operator=(const WlcSecurity&) = delete;

    /**
     * Start working for a controller (called from the controller's StartApplication): check the
     * WLANs' security settings, set up the RADIUS client and connect the authenticators.
     * \param controller the controller
     */
    void Start(WirelessLanController* controller);
    /**
     * Set the RADIUS server of the WPA2-802.1X WLANs (checked by the controller).
     * \param server the server's address \param secret the shared secret
     * \param port the server's UDP port
     */
    void SetRadiusServer(Ipv4Address server, const std::string& secret, uint16_t port);
    /// \return the authenticator (4-way handshakes)
    Ptr<WlcAuthenticator> GetAuthenticator() const;
    /// \param authenticator the authenticator to use (before the controller starts)
    void SetAuthenticator(Ptr<WlcAuthenticator> authenticator);
    /// \return the 802.1X authenticator (EAP relay to the RADIUS server)
    Ptr<WlcDot1xAuthenticator> GetDot1xAuthenticator() const;
    /// \param dot1x the 802.1X authenticator to use (before the controller starts)
    void SetDot1xAuthenticator(Ptr<WlcDot1xAuthenticator> dot1x);
    /// \return the 802.11r key holders (R0KH, R1KH)
    Ptr<WlcFastTransition> GetFastTransition() const;
    /// \return the PMK cache (WPA2-802.1X)
    const PmkCache& GetPmkCache() const;
    /// \return the PMK cache, to add the PMKs the mobility group shares
    PmkCache& GetPmkCache();
    /**
     * Assign fixed random streams: the authenticator's, the 802.1X authenticator's, its RADIUS
     * client's (if any), then the FT key holders'.
     * \param stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * A (Re)Association Request arrived: the client's key exchanges under way end (an FT roam
     * authenticated at the request's BSSID is kept), and its RSN element, MDE and FTE are kept.
     * \param request the request
     */
    void Associating(const Dot11AssocRequest& request);
    /**
     * \param client a client \param wlan its WLAN
     * \return true if its last (Re)Association Request asked for 802.11r FT on the WLAN
     */
    bool OffersFt(Mac48Address client, const Wlan& wlan);
    /**
     * AUTHCHECK: run the WLAN's Layer 2 security for a client; it ends in the controller's
     * SecurityCompleted or SecurityFailed.
     * \param client the client
     */
    void StartClient(Mac48Address client);
    /**
     * Layer 2 security completed (L2AUTHCOMPLETE): give the mobility group the client's fresh
     * 802.1X PMK and PMK-R0, if the 4-way handshake just proved them.
     * \param client the client
     */
    void ShareKeys(const ClientEntry& client);
    /// End a client's 4-way handshake and 802.1X exchange. \param client the client
    void Cancel(Mac48Address client);
    /// Forget a client that is removed (its keys in the caches stay). \param client the client
    void Forget(Mac48Address client);
    /**
     * An EAPOL frame from a client: EAPOL-Key frames go to the 4-way handshake, the others to
     * 802.1X.
     * \param client the client \param eapol the frame
     */
    void EapolFromClient(const ClientEntry& client, Ptr<const Packet> eapol);
    /**
     * An AP forwarded a station's Authentication frame (802.11r FT over the air).
     * \param ap the AP \param radioId its radio \param station the station \param bssid the
     * BSSID \param body the frame body
     * \return "" if answered, else why it was dropped (CapwapAc counts it)
     */
    std::string AuthenticationFromAp(const ApEntry& ap,
                                     uint8_t radioId,
                                     Mac48Address station,
                                     Mac48Address bssid,
                                     const std::vector<uint8_t>& body);

  protected:
    void DoDispose() override;

  private:
    /**
     * The RADIUS server accepted a client: cache its PMK and start the 4-way handshake.
     * \param client it \param msk the MSK \param username its identity
     * \param lifetime the PMK's lifetime
     */
    void Dot1xCompleted(Mac48Address client,
                        const std::vector<uint8_t>& msk,
                        const std::string& username,
                        Time lifetime);
    /**
     * Start the 4-way handshake.
     * \param client it \param pmk the PMK \param wlan its WLAN
     * \param xxKey for a client that asked for FT, the XXKey of its FT initial mobility domain
     *        association (the PSK, or MSK bits 256..511); empty otherwise
     */
    void StartFourWay(Mac48Address client,
                      const std::vector<uint8_t>& pmk,
                      const Wlan& wlan,
                      const std::vector<uint8_t>& xxKey = {});
    /// An FT roam's Reassociation Request: keys without a 4-way handshake. \param client it
    void CompleteFtReassociation(Mac48Address client);
    /// An EAPOL frame for a client. \param client it \param eapol the frame
    void EapolToClient(Mac48Address client, Ptr<Packet> eapol);

    WirelessLanController* m_wlc{nullptr}; //!< the controller
    // created in this order (the order of their random streams when none are assigned)
    Ptr<WlcFastTransition> m_ft;                                //!< 802.11r key holders
    Ptr<WlcAuthenticator> m_authenticator;                      //!< 4-way handshakes
    Ptr<WlcDot1xAuthenticator> m_dot1x;                         //!< 802.1X (EAP relay)
    PmkCache m_pmkCache;                                        //!< PMKs of 802.1X clients
    Ipv4Address m_radiusServer{Ipv4Address::GetAny()};          //!< RADIUS server
    uint16_t m_radiusPort{1812};                                //!< its port
    std::string m_radiusSecret;                                 //!< shared secret
    std::map<Mac48Address, std::vector<uint8_t>> m_rsnElements; //!< clients' RSN elements
    /// the MDE and FTE of each client's last (Re)Association Request (802.11r)
    std::map<Mac48Address, std::pair<std::vector<uint8_t>, std::vector<uint8_t>>> m_ftElements;
    std::set<Mac48Address> m_pmkToShare;    //!< fresh 802.1X PMKs, shared after the 4-way
    std::set<Mac48Address> m_ftKeysToShare; //!< fresh PMK-R0s, shared after the 4-way
};

} // namespace ns3

#endif /* WLC_SECURITY_H */
