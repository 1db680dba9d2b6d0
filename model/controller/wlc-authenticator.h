/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_AUTHENTICATOR_H
#define WLC_AUTHENTICATOR_H

#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/rsn-element.h"
#include "ns3/traced-callback.h"
#include "ns3/wpa-authenticator-sm.h"

#include <map>
#include <memory>
#include <vector>

namespace ns3
{

class Packet;
class UniformRandomVariable;

/**
 * \ingroup wlc
 * The controller's IEEE 802.11 authenticator: one WPA2 4-way handshake per client, with the
 * EAPOL-Key timeout and retries of an AireOS controller (attributes), a random ANonce per
 * handshake and one GTK per controller. The EAPOL frames travel through the CAPWAP tunnel and the
 * AP, over the air, like any other client frame.
 */
class WlcAuthenticator : public Object
{
  public:
    /**
     * Send an EAPOL frame to a client.
     * \param client the client \param eapol the frame
     */
    using SendCallback = Callback<void, Mac48Address, Ptr<Packet>>;
    /**
     * A handshake completed.
     * \param client the client
     */
    using CompletedCallback = Callback<void, Mac48Address>;
    /**
     * A handshake failed.
     * \param client the client \param reason why
     */
    using FailedCallback = Callback<void, Mac48Address, const std::string&>;
    /**
     * Signature of the HandshakeCompleted trace.
     * \param client the client \param duration from message 1 to message 4
     */
    using CompletedTracedCallback = void (*)(Mac48Address client, Time duration);
    /**
     * Signature of the HandshakeFailed trace.
     * \param client the client \param reason why
     */
    using FailedTracedCallback = void (*)(Mac48Address client, const std::string& reason);

    /// \return the TypeId
    static TypeId GetTypeId();
    WlcAuthenticator();
    ~WlcAuthenticator() override;
    WlcAuthenticator(const WlcAuthenticator&) = delete;
    WlcAuthenticator& operator=(const WlcAuthenticator&) = delete;

    /// \param cb how EAPOL frames reach clients
    void SetSendCallback(SendCallback cb);
    /// \param cb told of completed handshakes
    void SetCompletedCallback(CompletedCallback cb);
    /// \param cb told of failed handshakes
    void SetFailedCallback(FailedCallback cb);
    /**
     * Start (or restart) the 4-way handshake with a client.
     * \param client the client (SPA)
     * \param bssid the BSSID it associated with (AA)
     * \param pmk the WLAN's PMK
     * \param clientRsnElement the RSN element of its (Re)Association Request, or empty if it
     *        carried none (ns-3's Wi-Fi MAC sends none): the WLAN's own element is expected then
     * \param akm the WLAN's AKM suite (RsnElement::AKM_PSK or AKM_8021X; an FT AKM with \p ft)
     * \param ft for an FT initial mobility domain association, its parameters (PMK-R1
     *        instead of \p pmk); disabled otherwise
     */
    void Start(Mac48Address client,
               Mac48Address bssid,
               const std::vector<uint8_t>& pmk,
               const std::vector<uint8_t>& clientRsnElement,
               uint32_t akm = RsnElement::AKM_PSK,
               const WpaFtParams& ft = WpaFtParams());
    /**
     * An EAPOL frame from a client.
     * \param client the client \param eapol the frame
     */
    void Receive(Mac48Address client, Ptr<const Packet> eapol);
    /// Forget a client's handshake. \param client the client
    void Cancel(Mac48Address client);
    /**
     * \param akm the AKM suite (RsnElement::AKM_PSK or AKM_8021X)
     * \return the RSN element of the controller's WPA2/CCMP WLANs with that AKM
     */
    static std::vector<uint8_t> WlanRsnElement(uint32_t akm = RsnElement::AKM_PSK);
    /**
     * \param client a client
     * \return its handshake, or nullptr (for the frame records and keys)
     */
    const WpaAuthenticatorSm* GetHandshake(Mac48Address client) const;
    /// \return the controller's GTK (chosen at the first call)
    const std::vector<uint8_t>& GetGtk();
    /**
     * Assign fixed random streams.
     * \param stream first stream index
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    /// One client's handshake.
    struct Handshake
    {
        std::unique_ptr<WpaAuthenticatorSm> sm; //!< the state machine
        EventId timer;                          //!< EAPOL-Key timeout
        Time started;                           //!< when message 1 was first sent
    };

    /// Act on a state machine result. \param client the client \param result the result
    void Apply(Mac48Address client, const WpaAuthenticatorSm::Result& result);
    /// The EAPOL-Key timeout of a client expired. \param client the client
    void Timeout(Mac48Address client);
    /// \param size bytes \return random bytes
    std::vector<uint8_t> RandomBytes(std::size_t size);

    Time m_timeout;                                                 //!< EAPOL-Key timeout
    uint32_t m_maxRetries{2};                                       //!< EAPOL-Key max retries
    std::map<Mac48Address, Handshake> m_handshakes;                 //!< by client
    std::vector<uint8_t> m_gtk;                                     //!< the controller's GTK
    Ptr<UniformRandomVariable> m_random;                            //!< nonces, GTK
    SendCallback m_send;                                            //!< to clients
    CompletedCallback m_completed;                                  //!< to the controller
    FailedCallback m_failed;                                        //!< to the controller
    TracedCallback<Mac48Address, Time> m_completedTrace;            //!< completions
    TracedCallback<Mac48Address, const std::string&> m_failedTrace; //!< failures
};

} // namespace ns3

#endif /* WLC_AUTHENTICATOR_H */
